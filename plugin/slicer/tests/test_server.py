"""The plugin's client against a real `slicerbridge serve` process."""

import json

import grpc
import numpy as np
import pytest

import nrrd
from conftest import HERE, REPO
from SlicerBridgeLib.client import PhaseData, ServerError, SlicerBridgeClient
from SlicerBridgeLib.geometry import Geometry, crop_to_voi

SAMPLE = REPO / "samples" / "patient-001"  # synthetic two-phase patient committed with the project


def phase_from_ras(phase, margin=5):
    """What the Slicer widget does: arrays in KJI order plus the IJK-to-RAS matrix, converted and cropped."""
    image, axes_lps, origin_lps = nrrd.read(SAMPLE / f"{phase}.nrrd")
    mask, _, _ = nrrd.read(SAMPLE / f"{phase}_mask_A.nrrd")
    geometry = Geometry.from_ijk_to_ras(nrrd.ijk_to_ras(axes_lps, origin_lps))
    image, mask, geometry = crop_to_voi(image, (mask == 1).astype(np.uint8), geometry, margin)
    return PhaseData(image, mask, geometry)


def cube_phase(size=(16, 16, 16), dtype=np.int16):
    k, j, i = size
    image = (np.arange(k * j * i) * 7919 % 200).astype(dtype).reshape(size)
    mask = np.zeros(size, np.uint8)
    mask[k // 2 - 3:k // 2 + 3, j // 2 - 3:j // 2 + 3, i // 2 - 3:i // 2 + 3] = 1
    return PhaseData(image, mask, Geometry(spacing=np.ones(3), origin=np.zeros(3), direction=np.eye(3)))


def test_extracts_two_phases_of_the_sample_patient(client):
    features = client.extract({"arterial": phase_from_ras("arterial"), "venous": phase_from_ras("venous")})

    assert len(features) == 2 * 107
    assert sum(name.startswith("arterial_original_") for name in features) == 107
    assert sum(name.startswith("venous_original_") for name in features) == 107
    assert all(np.isfinite(v) for v in features.values())


def test_a_tumour_sent_in_ras_from_the_plugin_equals_the_server_reading_the_nrrd(client, cli):
    sent = client.extract({"arterial": phase_from_ras("arterial")})
    run = cli("extract", "--image", str(SAMPLE / "arterial.nrrd"), "--mask", str(SAMPLE / "arterial_mask_A.nrrd"), "--format", "json")
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


def test_scores_two_phases_of_the_sample_patient_as_the_package_says(client):
    package = json.loads((HERE / "fixtures" / "test-hcc-0.0.1.model.json").read_text())
    phases = {"arterial": phase_from_ras("arterial"), "venous": phase_from_ras("venous")}
    names = [f["name"] for f in package["features"]]
    features = client.extract(phases, parameters_yaml=package["extraction"]["parameters_yaml"], features=names)

    score = client.score(phases, afp_ng_ml=350, model_id="test-hcc", model_version="0.0.1")

    radscore = package["radscore"]["intercept"] + sum(
        f["coefficient"] * (features[f["name"]] - f["mean"]) / f["sd"] for f in package["features"])
    linear = -1 + 1.5 * 1 + 2 * radscore  # the package's nomogram: AFP 350 > 200, then the radscore term
    assert score.radscore.value == pytest.approx(radscore, rel=0, abs=1e-12)
    assert score.nomogram.linear_predictor == pytest.approx(linear, rel=0, abs=1e-12)
    assert score.nomogram.probability == pytest.approx(1 / (1 + np.exp(-linear)), rel=0, abs=1e-12)
    assert sorted(d.name for d in score.drivers) == sorted(names)
    assert (score.model.id, score.model.version) == ("test-hcc", "0.0.1")
    assert score.notice == "for demonstration, not for clinical use"


def test_a_streamed_score_equals_the_unary_score(client):
    phases = {"arterial": phase_from_ras("arterial"), "venous": phase_from_ras("venous")}

    streamed = client.score(phases, afp_ng_ml=10, model_id="test-hcc", stream=True)
    unary = client.score(phases, afp_ng_ml=10, model_id="test-hcc", stream=False)

    assert streamed.radscore == unary.radscore
    assert list(streamed.drivers) == list(unary.drivers)


def test_the_risk_panel_of_the_sample_patient_is_one_html_page(client):
    phases = {"arterial": phase_from_ras("arterial"), "venous": phase_from_ras("venous")}

    document, media_type = client.risk_panel(phases, afp_ng_ml=350, model_id="test-hcc", display_label="Sample patient 001")

    assert media_type.startswith("text/html")
    page = document.decode("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Sample patient 001" in page


def test_an_unreachable_server_is_described_plainly():
    with SlicerBridgeClient("http://127.0.0.1:9", timeout_s=5) as nowhere:
        with pytest.raises(ServerError) as error:
            nowhere.list_models()

    assert "Cannot reach the SlicerBridge server" in str(error.value)


def test_the_audit_log_has_no_pixels_or_names(client, server):
    client.extract({"arterial": phase_from_ras("arterial")})

    lines = server["audit"].read_text().splitlines()
    assert lines
    for line in lines:
        assert set(json.loads(line)) == {"time", "request_id", "caller", "method", "model_id", "model_version", "outcome", "duration_ms"}


def test_the_server_refuses_to_listen_beyond_loopback_without_tokens(cli):
    run = cli("serve", "--urls", "http://0.0.0.0:0")

    assert run.returncode == 2
    assert "needs bearer tokens" in run.stderr
