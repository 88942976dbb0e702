"""Writes the ITK reference volumes for the C# resampling and LoG filters (see ../README.md).

Run with Debian's python (/usr/bin/python3) after building itk_filter_refs:
    /usr/bin/python3 tests/reference-generators/itk/make_itk_refs.py /path/to/itk_filter_refs
The resampling grid (spacing, size, origin index) is computed here with PyRadiomics' own numpy
formula from radiomics/imageoperations.py resampleImage (AIM-Harvard/pyradiomics 8ed5793); ITK then
does the resampling itself.
"""
import json
import math
import os
import subprocess
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import nrrd_io  # noqa: E402
import synthetic_liver  # noqa: E402

FIXTURES = os.path.normpath(os.path.join(HERE, '..', '..', 'fixtures'))
DATA = os.path.join(FIXTURES, 'pyradiomics', 'data')
OUT = os.path.join(FIXTURES, 'filters')
TOOL = sys.argv[1] if len(sys.argv) > 1 else 'itk_filter_refs'


def run(*args):
    result = subprocess.run([TOOL] + [str(a) for a in args], check=True, capture_output=True, text=True)
    return result.stdout


def bbox(mask, label=1):
    z, y, x = np.nonzero(mask == label)
    low = np.array([x.min(), y.min(), z.min()])
    return np.concatenate([low, np.array([x.max(), y.max(), z.max()]) - low + 1])


def pyradiomics_grid(mask, header, spacing, pad):
    """PyRadiomics resampleImage's grid (image spacing differs from the target spacing)."""
    mask_spacing = np.array(header['spacing'])
    spacing = np.where(np.array(spacing, dtype=float) == 0, mask_spacing, np.array(spacing, dtype=float))
    bb = bbox(mask)
    spacing = np.where(bb[3:] != 1, spacing, mask_spacing)
    ratio = mask_spacing / spacing
    low = np.floor((bb[:3] - 0.5) * ratio - pad)
    up = np.ceil((bb[:3] + bb[3:] - 0.5) * ratio + pad)
    mask_size = np.array(mask.shape[::-1])
    max_up = np.ceil(mask_size * ratio) - 1
    low = np.where(low < 0, 0, low)
    up = np.where(up > max_up, max_up, up)
    size = np.array(up - low + 1, dtype='int')
    origin_index = np.array(.5 * (spacing - mask_spacing) / mask_spacing) + low / ratio
    return spacing, size, origin_index


def crop_with_padding(image, mask, pad):
    """PyRadiomics cropToTumorMask with padDistance (bounds clipped at the image edge)."""
    bb = bbox(mask)
    low = np.maximum(bb[:3] - pad, 0)
    high = np.minimum(bb[:3] + bb[3:] + pad, np.array(image.shape[::-1]))
    sl = tuple(slice(low[a], high[a]) for a in (2, 1, 0))
    return image[sl], mask[sl], low


def write_cropped(name, image, mask, header, pad):
    cropped, cropped_mask, low = crop_with_padding(image, mask, pad)
    axes = np.array(header['axes']).T  # columns = axis vectors
    origin = np.array(header['origin']) + axes @ low
    path = os.path.join(OUT, 'inputs', name + '_image.nrrd')
    nrrd_io.write(path, cropped, header['spacing'], origin, header['direction'])
    nrrd_io.write(os.path.join(OUT, 'inputs', name + '_label.nrrd'), cropped_mask, header['spacing'], origin,
                  header['direction'])
    return path


def main():
    os.makedirs(os.path.join(OUT, 'inputs'), exist_ok=True)
    os.makedirs(os.path.join(OUT, 'log'), exist_ok=True)
    os.makedirs(os.path.join(OUT, 'resample'), exist_ok=True)

    liver, liver_label = synthetic_liver.make()
    liver_image = os.path.join(OUT, 'inputs', 'liver-synthetic_image.nrrd')
    liver_mask = os.path.join(OUT, 'inputs', 'liver-synthetic_label.nrrd')
    nrrd_io.write(liver_image, liver, synthetic_liver.SPACING, synthetic_liver.ORIGIN)
    nrrd_io.write(liver_mask, liver_label, synthetic_liver.SPACING, synthetic_liver.ORIGIN)
    liver_float = os.path.join(OUT, 'inputs', 'liver-synthetic-float_image.nrrd')
    nrrd_io.write(liver_float, (liver / 7.3 + 0.25).astype(np.float32), synthetic_liver.SPACING, synthetic_liver.ORIGIN)
    # Oblique grid (30 degrees about z, then 10 about x): ITK inverts direction x spacing with an SVD here.
    a, b = np.radians(30), np.radians(10)
    rz = np.array([[np.cos(a), -np.sin(a), 0], [np.sin(a), np.cos(a), 0], [0, 0, 1]])
    rx = np.array([[1, 0, 0], [0, np.cos(b), -np.sin(b)], [0, np.sin(b), np.cos(b)]])
    oblique = rz @ rx
    liver_oblique = os.path.join(OUT, 'inputs', 'liver-synthetic-oblique_image.nrrd')
    liver_oblique_mask = os.path.join(OUT, 'inputs', 'liver-synthetic-oblique_label.nrrd')
    nrrd_io.write(liver_oblique, (liver / 7.3 + 0.25).astype(np.float32), synthetic_liver.SPACING, synthetic_liver.ORIGIN,
                  oblique)
    nrrd_io.write(liver_oblique_mask, liver_label, synthetic_liver.SPACING, synthetic_liver.ORIGIN, oblique)
    rng = np.random.RandomState(4)
    tiny = os.path.join(OUT, 'inputs', 'tiny-4x5x6_image.nrrd')
    nrrd_io.write(tiny, rng.randint(-200, 200, size=(6, 5, 4)).astype(np.int16), (0.9, 1.1, 1.7), (3.0, -2.0, 1.0))

    # LoG inputs are cropped to the ROI box plus padDistance, as PyRadiomics' preCrop would.
    breast1, breast1_label = nrrd_io.read(os.path.join(DATA, 'breast1_image.nrrd'))[0], None
    breast1_label, breast1_header = nrrd_io.read(os.path.join(DATA, 'breast1_label.nrrd'))
    breast1_crop = write_cropped('breast1-pad5', breast1, breast1_label, breast1_header, 5)
    brain1, _ = nrrd_io.read(os.path.join(DATA, 'brain1_image.nrrd'))
    brain1_label, brain1_header = nrrd_io.read(os.path.join(DATA, 'brain1_label.nrrd'))
    brain1_crop = write_cropped('brain1-pad3', brain1, brain1_label, brain1_header, 3)
    test37 = os.path.join(DATA, 'test-image_37x37x37.nrrd')

    log_cases = [
        ('breast1-pad5', breast1_crop, [1.0, 2.0, 3.0]),
        ('brain1-pad3', brain1_crop, [2.5]),
        ('test-image-37', test37, [1.0, 2.5]),
        ('liver-synthetic', liver_image, [2.0, 5.0]),
        ('liver-synthetic-float', liver_float, [3.0]),
        ('tiny-4x5x6', tiny, [1.0]),
    ]
    manifest = {'log': [], 'resample': []}
    for name, path, sigmas in log_cases:
        for sigma in sigmas:
            out = os.path.join(OUT, 'log', '%s_sigma-%s.nrrd' % (name, str(sigma).replace('.', '-')))
            run('log', path, out, repr(sigma))
            manifest['log'].append({'input': os.path.relpath(path, FIXTURES), 'sigma': sigma,
                                    'output': os.path.relpath(out, FIXTURES)})

    resample_cases = [
        ('brain1', os.path.join(DATA, 'brain1_image.nrrd'), os.path.join(DATA, 'brain1_label.nrrd'), [2, 2, 2],
         ['linear', 'bspline', 'nearest']),
        ('breast1', os.path.join(DATA, 'breast1_image.nrrd'), os.path.join(DATA, 'breast1_label.nrrd'), [1, 1, 1],
         ['linear', 'bspline']),
        ('liver-synthetic', liver_image, liver_mask, [1, 1, 1], ['linear', 'bspline']),
        ('liver-synthetic-float', liver_float, liver_mask, [1, 1, 1], ['linear', 'bspline']),
        ('test-image-37', test37, os.path.join(DATA, 'test-mask_37x37x37.nrrd'), [0.7, 1.3, 0],
         ['linear', 'bspline']),
        ('liver-synthetic-oblique', liver_oblique, liver_oblique_mask, [1, 1, 1], ['linear']),
    ]
    for name, image, mask_path, target, methods in resample_cases:
        mask, header = nrrd_io.read(mask_path)
        spacing, size, origin_index = pyradiomics_grid(mask, header, target, 5)
        grid = [repr(float(v)) for v in spacing] + [str(int(v)) for v in size] + [repr(float(v)) for v in origin_index]
        entry = {'image': os.path.relpath(image, FIXTURES), 'mask': os.path.relpath(mask_path, FIXTURES),
                 'target_spacing': target, 'pad_distance': 5, 'spacing': [float(v) for v in spacing],
                 'size': [int(v) for v in size], 'origin_index': [float(v) for v in origin_index], 'outputs': {}}
        for method in methods:
            out = os.path.join(OUT, 'resample', '%s_%s.nrrd' % (name, method))
            run('resample', image, mask_path, out, method, *grid)
            entry['outputs'][method] = os.path.relpath(out, FIXTURES)
        out = os.path.join(OUT, 'resample', '%s_mask.nrrd' % name)
        run('resample', mask_path, mask_path, out, 'nearest', *grid)
        resampled_mask, _ = nrrd_io.read(out)
        entry['outputs']['mask'] = os.path.relpath(out, FIXTURES)
        entry['roi_voxels'] = int((resampled_mask == 1).sum())
        manifest['resample'].append(entry)

    # ITK's PhysicalPointToIndex matrix (an SVD inverse) for axis-aligned and oblique grids.
    manifest['physical_to_index'] = []
    scratch = os.path.join(OUT, 'matrix-probe.nrrd')
    for angles, spacing in [((0, 0), (0.7, 0.7, 2.5)), ((30, 10), synthetic_liver.SPACING), ((12.5, -3), (0.9, 1.1, 3.0)),
                            ((90, 0), (0.5, 0.6, 1.25)), ((-41, 67), (1.0, 1.0, 1.0))]:
        a, b = np.radians(angles[0]), np.radians(angles[1])
        rz = np.array([[np.cos(a), -np.sin(a), 0], [np.sin(a), np.cos(a), 0], [0, 0, 1]])
        rx = np.array([[1, 0, 0], [0, np.cos(b), -np.sin(b)], [0, np.sin(b), np.cos(b)]])
        nrrd_io.write(scratch, np.zeros((2, 2, 2), dtype=np.float32), spacing, (0.0, 0.0, 0.0), rz @ rx)
        rows = [[float(v) for v in line.split()] for line in run('matrix', scratch).strip().splitlines()]
        manifest['physical_to_index'].append({'spacing': rows[0], 'direction': rows[1:4], 'matrix': rows[4:7]})
    os.remove(scratch)

    with open(os.path.join(OUT, 'itk-manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
