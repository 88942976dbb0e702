"""RAS-to-LPS conversion and VOI cropping, without a server."""

import numpy as np
import pytest

from SlicerBridgeLib.geometry import Geometry, crop_to_voi, voi_box


def test_ras_matrix_becomes_lps_by_negating_x_and_y_of_origin_and_direction_columns():
    # An oblique grid: spacing (0.7, 0.8, 2.5), axes rotated 30 degrees about z, in RAS.
    c, s = np.cos(np.pi / 6), np.sin(np.pi / 6)
    axes_ras = np.array([[c, -s, 0], [s, c, 0], [0, 0, 1]]) * np.array([0.7, 0.8, 2.5])
    matrix = np.eye(4)
    matrix[:3, :3] = axes_ras
    matrix[:3, 3] = [10.0, -20.0, 30.0]

    g = Geometry.from_ijk_to_ras(matrix)

    np.testing.assert_allclose(g.spacing, [0.7, 0.8, 2.5], rtol=0, atol=1e-12)
    np.testing.assert_allclose(g.origin, [-10.0, 20.0, 30.0], rtol=0, atol=0)
    np.testing.assert_allclose(g.direction, [[-c, s, 0], [-s, -c, 0], [0, 0, 1]], rtol=0, atol=1e-12)
    # The same voxel lands on the same physical point, written in the other convention.
    ijk = np.array([3.0, 4.0, 5.0])
    ras = matrix[:3, :3] @ ijk + matrix[:3, 3]
    np.testing.assert_allclose(g.ijk_to_lps(ijk), ras * [-1, -1, 1], rtol=0, atol=1e-12)


def test_crop_keeps_the_box_plus_margin_and_moves_the_origin_to_its_first_voxel():
    mask = np.zeros((20, 30, 40), np.uint8)  # k, j, i
    mask[5:8, 10:12, 20:25] = 1
    image = np.arange(mask.size, dtype=np.int16).reshape(mask.shape)
    g = Geometry(spacing=np.array([0.5, 0.6, 3.0]), origin=np.array([1.0, 2.0, 3.0]), direction=np.eye(3))

    cropped_image, cropped_mask, cropped = crop_to_voi(image, mask, g, margin=2)

    assert cropped_image.shape == (3 + 4, 2 + 4, 5 + 4)
    assert cropped_mask.sum() == mask.sum()
    assert cropped_image[0, 0, 0] == image[3, 8, 18]
    np.testing.assert_allclose(cropped.origin, [1.0 + 18 * 0.5, 2.0 + 8 * 0.6, 3.0 + 3 * 3.0], rtol=0, atol=1e-12)


def test_the_margin_is_clipped_at_the_image_edge():
    mask = np.zeros((4, 4, 4), np.uint8)
    mask[0, 0, 0] = 1

    start, stop = voi_box(mask, margin=10)

    assert list(start) == [0, 0, 0] and list(stop) == [4, 4, 4]


def test_an_empty_segment_is_refused_before_anything_is_sent():
    with pytest.raises(ValueError, match="empty"):
        voi_box(np.zeros((3, 3, 3), np.uint8), margin=1)
