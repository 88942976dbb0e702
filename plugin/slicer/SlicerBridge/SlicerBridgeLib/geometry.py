"""Image geometry as the server expects it (ITK/DICOM LPS), from what Slicer gives (RAS), and VOI cropping."""

from dataclasses import dataclass

import numpy as np

# Slicer's world is RAS, the server's is LPS: the same point with x and y negated.
RAS_TO_LPS = np.diag([-1.0, -1.0, 1.0])


@dataclass(frozen=True)
class Geometry:
    """A voxel grid in LPS mm: physical = origin + direction @ (spacing * ijk). direction's columns are the i, j, k axes."""

    spacing: np.ndarray  # (3,) mm along i, j, k
    origin: np.ndarray  # (3,) LPS mm of voxel (0, 0, 0)
    direction: np.ndarray  # (3, 3), columns are the axis directions

    @staticmethod
    def from_ijk_to_ras(matrix):
        """From a 4x4 IJK-to-RAS matrix (vtkMRMLVolumeNode.GetIJKToRASMatrix) to an LPS geometry.

        The columns of the upper 3x3 block are spacing-scaled axis directions; the last column is the
        origin. Conversion negates x and y of the origin and of every direction column.
        """
        m = np.asarray(matrix, dtype=float).reshape(4, 4)
        axes = m[:3, :3]
        spacing = np.linalg.norm(axes, axis=0)
        if np.any(spacing == 0) or not np.all(np.isfinite(spacing)):
            raise ValueError("the volume's IJK-to-RAS matrix has a zero or non-finite spacing")
        return Geometry(spacing=spacing, origin=RAS_TO_LPS @ m[:3, 3], direction=RAS_TO_LPS @ (axes / spacing))

    def ijk_to_lps(self, ijk):
        return self.origin + self.direction @ (self.spacing * np.asarray(ijk, dtype=float))

    def cropped(self, start_ijk):
        """The geometry of a sub-grid whose first voxel is start_ijk (i, j, k)."""
        return Geometry(spacing=self.spacing, origin=self.ijk_to_lps(start_ijk), direction=self.direction)


def voi_box(mask_kji, margin):
    """The tight box of the non-zero voxels of a KJI mask grown by margin voxels, clipped: (start_ijk, stop_ijk)."""
    nonzero = np.nonzero(mask_kji)
    if len(nonzero[0]) == 0:
        raise ValueError("the segment is empty: draw the tumour on this phase first")
    lower_kji = np.array([axis.min() for axis in nonzero]) - margin
    upper_kji = np.array([axis.max() for axis in nonzero]) + 1 + margin
    lower_kji = np.maximum(lower_kji, 0)
    upper_kji = np.minimum(upper_kji, mask_kji.shape)
    return lower_kji[::-1], upper_kji[::-1]


def crop_to_voi(image_kji, mask_kji, geometry, margin=5):
    """Crops image and mask (same KJI shape) to the mask's box plus margin voxels; returns (image, mask, geometry).

    Only the box travels to the server: a 5 cm tumour is a few MB, not the 150 MB series. The margin keeps
    PyRadiomics' padding and filters (LoG, wavelet) seeing the same neighbourhood as on the whole image.
    """
    if image_kji.shape != mask_kji.shape:
        raise ValueError("the segmentation must be on the image's grid (export it with the image as reference)")
    (i0, j0, k0), (i1, j1, k1) = voi_box(mask_kji, margin)
    image = np.ascontiguousarray(image_kji[k0:k1, j0:j1, i0:i1])
    mask = np.ascontiguousarray(mask_kji[k0:k1, j0:j1, i0:i1])
    return image, mask, geometry.cropped((i0, j0, k0))
