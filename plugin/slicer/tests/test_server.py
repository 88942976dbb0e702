"""The plugin's client against a real `slicerbridge serve` process."""

import json

import grpc
import numpy as np
import pytest

import nrrd
from conftest import REPO
from SlicerBridgeLib.client import PhaseData, ServerError, SlicerBridgeClient
from SlicerBridgeLib.geometry import Geometry, crop_to_voi

DATA = REPO / "tests" / "fixtures" / "pyradiomics" / "data"


def phase_from_ras(case, margin=5):
    """What the Slicer widget does: arrays in KJI order plus the IJK-to-RAS matrix, converted and cropped."""
    image, axes_lps, origin_lps = nrrd.read(DATA / f"{case}_image.nrrd")
    mask, _, _ = nrrd.read(DATA / f"{case}_label.nrrd")
    geometry = Geometry.from_ijk_to_ras(nrrd.ijk_to_ras(axes_lps, origin_lps))
    image, mask, geometry = crop_to_voi(image, (mask == 1).astype(np.uint8), geometry, margin)
    return PhaseData(image, mask, geometry)


def cube_phase(size=(16, 16, 16), dtype=np.int16):
    k, j, i = size
    image = (np.arange(k * j * i) * 7919 % 200).astype(dtype).reshape(size)
    mask = np.zeros(size, np.uint8)
    mask[k // 2 - 3:k // 2 + 3, j // 2 - 3:j // 2 + 3, i // 2 - 3:i // 2 + 3] = 1
    return PhaseData(image, mask, Geometry(spacing=np.ones(3), origin=np.zeros(3), direction=np.eye(3)))


def test_extracts_two_phases_from_the_sample_cases(client):
    features = client.extract({"arterial": phase_from_ras("brain1"), "venous": phase_from_ras("brain2")})

    assert len(features) == 2 * 107
    assert sum(name.startswith("arterial_original_") for name in features) == 107
    assert sum(name.startswith("venous_original_") for name in features) == 107
    assert all(np.isfinite(v) for v in features.values())


def test_a_tumour_sent_in_ras_from_the_plugin_equals_the_server_reading_the_nrrd(client, cli):
    sent = client.extract({"arterial": phase_from_ras("brain1")})
    run = cli("extract", "--image", str(DATA / "brain1_image.nrrd"), "--mask", str(DATA / "brain1_label.nrrd"), "--format", "json")
    assert run.returncode == 0, run.stderr
    read = json.loads(run.stdout)["features"]

    assert [n.removeprefix("arterial_") for n in sent] == list(read)
    for name, value in read.items():
        # Same voxels, same physical grid: the values agree to the last bits of double rounding.
        assert sent["arterial_" + name] == pytest.approx(value, rel=1e-12, abs=1e-12), name


def test_a_large_volume_is_streamed_in_chunks_and_gives_the_unary_result(client):
    big = cube_phase(size=(160, 256, 256))  # int16: 21 MB, over the one-message threshold
    assert big.nbytes > 16 * 1024 * 1024
    wanted = ["arterial_original_firstorder_Mean", "arterial_original_shape_VoxelVolume", "arterial_original_glcm_Contrast"]

    streamed = client.extract({"arterial": big}, features=wanted)
    unary = client.extract({"arterial": big}, features=wanted, stream=False)

    assert streamed == unary
    assert streamed["arterial_original_shape_VoxelVolume"] == pytest.approx(216.0, abs=1e-9)


def test_a_bad_token_is_refused(server):
    with SlicerBridgeClient(server["url"], "not-the-token") as bad:
        with pytest.raises(ServerError) as error:
            bad.extract({"arterial": cube_phase()})

    assert error.value.code == grpc.StatusCode.UNAUTHENTICATED
    assert "access token" in str(error.value)


def test_a_mask_on_another_grid_is_refused(client):
    phase = cube_phase()
    phase.mask = np.ones((16, 16, 17), np.uint8)

    with pytest.raises(ServerError) as error:
        client.extract({"arterial": phase})

    assert error.value.code == grpc.StatusCode.INVALID_ARGUMENT
    assert "arterial.mask.data" in error.value.detail


def test_nan_spacing_is_refused(client):
    phase = cube_phase()
    phase.geometry = Geometry(spacing=np.array([1.0, np.nan, 1.0]), origin=np.zeros(3), direction=np.eye(3))

    with pytest.raises(ServerError) as error:
        client.extract({"venous": phase})

    assert error.value.code == grpc.StatusCode.INVALID_ARGUMENT
    assert "venous.image.geometry.spacing" in error.value.detail


def test_an_empty_mask_is_refused_in_plain_words(client):
    phase = cube_phase()
    phase.mask[:] = 0

    with pytest.raises(ServerError) as error:
        client.extract({"arterial": phase})

    assert error.value.code == grpc.StatusCode.INVALID_ARGUMENT
    assert str(error.value).startswith("The server cannot use this input")
    assert "not present" in error.value.detail


def test_scoring_is_reported_as_not_available_until_the_scorer_is_merged(client):
    with pytest.raises(ServerError) as error:
        client.score({"arterial": cube_phase(), "venous": cube_phase()}, afp_ng_ml=350)

    assert error.value.code == grpc.StatusCode.UNIMPLEMENTED


def test_an_unreachable_server_is_described_plainly():
    with SlicerBridgeClient("http://127.0.0.1:9", timeout_s=5) as nowhere:
        with pytest.raises(ServerError) as error:
            nowhere.list_models()

    assert "Cannot reach the SlicerBridge server" in str(error.value)


def test_the_audit_log_has_no_pixels_or_names(client, server):
    client.extract({"arterial": phase_from_ras("brain1")})

    lines = server["audit"].read_text().splitlines()
    assert lines
    for line in lines:
        assert set(json.loads(line)) == {"time", "request_id", "caller", "method", "model_id", "model_version", "outcome", "duration_ms"}
