"""Writes PyWavelets reference outputs for the C# wavelet filter (see ../README.md).

Run with Debian's python (/usr/bin/python3, python3-pywt 1.1.1 on Debian 12):
    /usr/bin/python3 tests/reference-generators/pywt/make_wavelet_refs.py
Also writes WaveletFilterBank.taps.txt, the dec_lo/dec_hi taps of every supported wavelet as
round-trip decimal strings, which the C# filter bank was generated from.

The transform is PyRadiomics' _swt3 (radiomics/imageoperations.py, AIM-Harvard/pyradiomics 8ed5793):
odd dimensions padded by one voxel with numpy 'wrap' at the end, pywt.swtn(level=1, start_level=0,
axes=(2, 1, 0)) per level on the previous approximation, then the padding cropped off. Outputs are
float64 NRRDs with the input geometry; key letters follow `axes`, so the first letter is x.
"""
import json
import os
import sys

import numpy as np
import pywt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import nrrd_io  # noqa: E402

FIXTURES = os.path.normpath(os.path.join(HERE, '..', '..', 'fixtures'))
DATA = os.path.join(FIXTURES, 'pyradiomics', 'data')
OUT = os.path.join(FIXTURES, 'filters', 'wavelet')

WAVELETS = (['haar'] + ['db%d' % i for i in range(1, 9)] + ['sym%d' % i for i in range(2, 9)]
            + ['coif%d' % i for i in range(1, 6)]
            + ['bior%s' % v for v in ('1.1', '1.3', '1.5', '2.2', '2.4', '2.6', '2.8', '3.1', '3.3', '3.5', '3.7',
                                     '3.9', '4.4', '5.5', '6.8')])
BANDS = ['LLH', 'LHL', 'LHH', 'HLL', 'HLH', 'HHL', 'HHH', 'LLL']


def swt3(matrix, wavelet, level=1, start_level=0, force2d_dimension=None):
    """PyRadiomics _swt3: returns {image type name: array (z, y, x)}."""
    axes = [2, 1, 0]
    if force2d_dimension is not None:
        axes.remove(force2d_dimension)
    axes = tuple(axes)
    approximation = 'a' * len(axes)
    original_shape = matrix.shape
    padding = tuple([(0, 1 if dim % 2 != 0 else 0) for dim in original_shape])
    data = np.pad(matrix.copy(), padding, 'wrap')
    wavelet = pywt.Wavelet(wavelet)
    crop = tuple(slice(None, -1 if dim % 2 != 0 else None) for dim in original_shape)
    for _ in range(0, start_level):
        data = pywt.swtn(data, wavelet, level=1, start_level=0, axes=axes)[0][approximation].copy()
    result = {}
    for index in range(1, level + 1):
        dec = pywt.swtn(data, wavelet, level=1, start_level=0, axes=axes)[0]
        data = dec[approximation].copy()
        prefix = 'wavelet-' if index == 1 else 'wavelet%d-' % index
        for key, value in dec.items():
            if key != approximation:
                result[prefix + key.replace('a', 'L').replace('d', 'H')] = value[crop].copy()
    result[('wavelet-' if level == 1 else 'wavelet%d-' % level) + 'L' * len(axes)] = data[crop].copy()
    return result


def bbox(mask):
    z, y, x = np.nonzero(mask == 1)
    return (x.min(), y.min(), z.min()), (x.max() + 1, y.max() + 1, z.max() + 1)


def write_case(name, path, wavelet, level, roi_only_mask=None, start_level=0, force2d_dimension=None):
    image, header = nrrd_io.read(path)
    outputs = swt3(image, wavelet, level, start_level, force2d_dimension)
    low = np.zeros(3, dtype=int)
    if roi_only_mask is not None:
        mask, _ = nrrd_io.read(roi_only_mask)
        low, high = bbox(mask)
        low = np.array(low)
    entry = {'input': os.path.relpath(path, FIXTURES), 'wavelet': wavelet, 'level': level,
             'start_level': start_level, 'force2d_dimension': force2d_dimension,
             'box_lower_xyz': [int(v) for v in low], 'outputs': {}}
    axes = np.array(header['axes']).T
    for key, value in outputs.items():
        if roi_only_mask is not None:
            value = value[low[2]:high[2], low[1]:high[1], low[0]:high[0]]
        origin = np.array(header['origin']) + axes @ low
        out = os.path.join(OUT, '%s_%s_%s.nrrd' % (name, wavelet, key))
        nrrd_io.write(out, value, header['spacing'], origin, header['direction'])
        entry['outputs'][key] = os.path.relpath(out, FIXTURES)
    return entry


def write_family_case(path):
    """Every wavelet on one small odd-sized volume; the 8 bands stacked along z in BANDS order."""
    image, header = nrrd_io.read(path)
    entries = []
    for wavelet in WAVELETS:
        outputs = swt3(image, wavelet)
        stacked = np.concatenate([outputs['wavelet-' + band] for band in BANDS], axis=0)
        out = os.path.join(OUT, 'family_%s.nrrd' % wavelet)
        nrrd_io.write(out, stacked.astype(np.float64), header['spacing'], header['origin'], header['direction'])
        entries.append({'wavelet': wavelet, 'output': os.path.relpath(out, FIXTURES)})
    return entries


def write_taps():
    lines = ['# pywt %s: name, dec_lo, dec_hi (repr of the float64 taps)' % pywt.__version__]
    for name in WAVELETS:
        w = pywt.Wavelet(name)
        lines.append(name)
        lines.append(' '.join(repr(float(v)) for v in w.dec_lo))
        lines.append(' '.join(repr(float(v)) for v in w.dec_hi))
    with open(os.path.join(HERE, 'WaveletFilterBank.taps.txt'), 'w') as f:
        f.write('\n'.join(lines) + '\n')


def write_csharp_bank():
    """src/SlicerBridge.Imaging/Filters/WaveletFilterBank.Taps.cs: the taps as C# round-trip literals."""
    lines = ['// <auto-generated>',
             '// Written by tests/reference-generators/pywt/make_wavelet_refs.py from PyWavelets %s' % pywt.__version__,
             '// (pywt.Wavelet(name).dec_lo / .dec_hi, the tables of pywt/_extensions/c/wavelets_coeffs.template.h).',
             '// Do not edit by hand; rerun the generator.',
             '// </auto-generated>',
             'namespace SlicerBridge.Imaging.Filters;',
             '',
             'public static partial class WaveletFilterBank',
             '{',
             '    private static readonly (string Name, double[] DecLo, double[] DecHi)[] Taps =',
             '    [']
    for name in WAVELETS:
        w = pywt.Wavelet(name)
        lo = ', '.join(repr(float(v)) for v in w.dec_lo)
        hi = ', '.join(repr(float(v)) for v in w.dec_hi)
        lines.append('        ("%s",' % name)
        lines.append('            [%s],' % lo)
        lines.append('            [%s]),' % hi)
    lines += ['    ];', '}', '']
    path = os.path.join(HERE, '..', '..', '..', 'src', 'SlicerBridge.Imaging', 'Filters', 'WaveletFilterBank.Taps.cs')
    with open(os.path.normpath(path), 'w') as f:
        f.write('\n'.join(lines))


def main():
    os.makedirs(OUT, exist_ok=True)
    write_taps()
    write_csharp_bank()
    rng = np.random.RandomState(7)
    small = os.path.join(FIXTURES, 'filters', 'inputs', 'random-7x6x5_image.nrrd')
    nrrd_io.write(small, rng.normal(0, 100, size=(5, 6, 7)).astype(np.float64), (1.0, 1.0, 1.0), (0.0, 0.0, 0.0))
    inputs = os.path.join(FIXTURES, 'filters', 'inputs')
    manifest = {
        'bands_stacked_along_z': BANDS,
        'family': write_family_case(small),
        'cases': [
            write_case('breast1-pad5', os.path.join(inputs, 'breast1-pad5_image.nrrd'), 'coif1', 2),
            write_case('liver-synthetic', os.path.join(inputs, 'liver-synthetic_image.nrrd'), 'coif1', 1,
                       os.path.join(inputs, 'liver-synthetic_label.nrrd')),
            # float32 input: pywt keeps float32 and computes in single precision.
            write_case('liver-synthetic-float', os.path.join(inputs, 'liver-synthetic-float_image.nrrd'), 'coif1', 1,
                       os.path.join(inputs, 'liver-synthetic_label.nrrd')),
            write_case('test-image-37', os.path.join(DATA, 'test-image_37x37x37.nrrd'), 'coif1', 1,
                       os.path.join(DATA, 'test-mask_37x37x37.nrrd')),
            write_case('breast1-pad5-start1', os.path.join(inputs, 'breast1-pad5_image.nrrd'), 'db2', 1,
                       os.path.join(inputs, 'breast1-pad5_label.nrrd'), start_level=1),
            # force2D with force2Ddimension 0: numpy axis 0 (z) left out, 2-letter names.
            write_case('breast1-pad5-force2D', os.path.join(inputs, 'breast1-pad5_image.nrrd'), 'sym3', 1,
                       os.path.join(inputs, 'breast1-pad5_label.nrrd'), force2d_dimension=0),
        ],
    }
    with open(os.path.join(FIXTURES, 'filters', 'pywt-manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
