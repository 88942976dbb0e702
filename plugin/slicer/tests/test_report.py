"""The result text of the module panel."""

from SlicerBridgeLib.generated import radiomics_pb2 as pb
from SlicerBridgeLib.report import result_html


def test_the_result_text_shows_probability_group_drivers_warnings_and_model():
    response = pb.ScoreTumourResponse(
        model=pb.ModelRef(id="hcc-proliferative", version="1.2.0"),
        notice="for demonstration, not for clinical use",
        radscore=pb.Radscore(value=0.42, cutoff=0.015, risk_group=pb.RISK_GROUP_HIGH),
        nomogram=pb.NomogramScore(probability=0.734, cutoff=-0.883, risk_group=pb.RISK_GROUP_HIGH),
        drivers=[pb.Driver(name="a", contribution=0.1, z=1), pb.Driver(name="b<c", contribution=-0.9, z=-2),
                 pb.Driver(name="d", contribution=0.5, z=1), pb.Driver(name="e", contribution=0.01, z=0)],
        warnings=[pb.ScoreWarning(code="voi_too_small", message="The VOI is smaller than any training tumour.")],
        request_id="abc")

    text = result_html(response)

    assert "73%" in text and "High" in text and "0.420" in text
    assert text.index("b&lt;c") < text.index("<li>d:") < text.index("<li>a:")
    assert "<li>e:" not in text
    assert "smaller than any training tumour" in text and "1.2.0" in text and "not for clinical use" in text
