"""A score as rich text for the module panel (Qt labels render this subset of HTML)."""

import html

from .generated import radiomics_pb2 as pb

_GROUPS = {pb.RISK_GROUP_HIGH: "High", pb.RISK_GROUP_LOW: "Low"}


def result_html(response, drivers=3):
    """Probability, risk group, radscore, the top drivers by absolute contribution, warnings, model and notice."""
    top = sorted(response.drivers, key=lambda d: abs(d.contribution), reverse=True)[:drivers]
    lines = [
        f"<b>Probability of proliferative HCC:</b> {100 * response.nomogram.probability:.0f}%",
        f"<b>Risk group:</b> {_GROUPS.get(response.nomogram.risk_group, 'Unknown')} (nomogram cut-off {response.nomogram.cutoff:.3f})",
        f"<b>Radscore:</b> {response.radscore.value:.3f} (cut-off {response.radscore.cutoff:.3f})",
        "<b>Top drivers:</b><ul>" + "".join(
            f"<li>{html.escape(d.name)}: {d.contribution:+.3f} (z = {d.z:+.2f})</li>" for d in top) + "</ul>",
    ]
    if response.warnings:
        lines.append("<b>Warnings:</b><ul>" + "".join(f"<li>{html.escape(w.message)}</li>" for w in response.warnings) + "</ul>")
    lines.append(f"<small>Model {html.escape(response.model.id)} {html.escape(response.model.version)}"
                 f" &middot; request {html.escape(response.request_id)}</small>")
    if response.notice:
        lines.append(f"<b style='color:#b00020'>{html.escape(response.notice)}</b>")
    return "<br>".join(lines)
