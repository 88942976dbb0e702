"""A small deterministic liver-like CT volume with a tumour label (no patient data).

int16 HU-like values: fat background, a liver ellipsoid with parenchymal noise, a brighter textured
tumour sphere (label 1) near the liver edge. Anisotropic spacing 0.78 x 0.78 x 2.5 mm and odd sizes on
purpose. A float32 copy (HU / 7.3 + 0.25) exercises float inputs.
"""
import numpy as np

SIZE_XYZ = (41, 38, 17)
SPACING = (0.78125, 0.78125, 2.5)
ORIGIN = (-120.3, 87.15, -301.25)


def make():
    rng = np.random.RandomState(20261128)
    nx, ny, nz = SIZE_XYZ
    z, y, x = np.meshgrid(np.arange(nz), np.arange(ny), np.arange(nx), indexing='ij')
    px, py, pz = x * SPACING[0], y * SPACING[1], z * SPACING[2]
    image = -90.0 + rng.normal(0, 12, size=x.shape)
    liver = ((px - 17) / 15) ** 2 + ((py - 15) / 13) ** 2 + ((pz - 20) / 17) ** 2 <= 1
    image[liver] = 62 + rng.normal(0, 9, size=int(liver.sum()))
    tumour = (px - 21.5) ** 2 + (py - 16.0) ** 2 + (pz - 21.0) ** 2 <= 7.2 ** 2
    texture = 35 * np.sin(px * 0.9) * np.cos(py * 0.7) + rng.normal(0, 15, size=x.shape)
    image[tumour] = 105 + texture[tumour]
    image = np.round(image).astype(np.int16)
    label = tumour.astype(np.int16)
    return image, label
