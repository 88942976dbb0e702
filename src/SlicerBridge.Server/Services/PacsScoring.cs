using Grpc.Core;
using SlicerBridge.Dicom;
using SlicerBridge.Dicom.Web;
using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Pacs;
using SlicerBridge.Modeling.Scoring;
using SlicerBridge.Reporting.RiskPanel;
using SlicerBridge.Server.Errors;
using SlicerBridge.Server.Hosting;
using SlicerBridge.Server.Pacs;
using SlicerBridge.Server.V1;

namespace SlicerBridge.Server.Services;

/// <summary>
/// ScoreFromPacs: fetch both phases and their SEGs from a configured PACS, score, and store the
/// Structured Report (and the risk panel as Secondary Capture) back in the study.
/// </summary>
public sealed class PacsScoring(ServerOptions options, TumourScoring scoring)
{
    public async Task<ScoreFromPacsResponse> ScoreAsync(ScoreFromPacsRequest request, ServerCallContext context, System.Diagnostics.Stopwatch clock)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var pacs = Endpoint(request.Pacs);
        var mask = Validate(request);
        var scorer = scoring.Resolve(request.ModelId, request.ModelVersion, context);
        var clinical = TumourScoring.Clinical(request.HasAfpNgMl ? request.AfpNgMl : null);
        ScoreResult? score = null;
        var workflowOptions = new PacsScoringOptions
        {
            Panel = request.StoreRiskPanel ? _ => RiskPanelRenderer.RenderRgb(RiskPanelData.From(score!, scorer.Package, outcomes: null)) : null,
        };

        using var client = new DicomWebClient(pacs.ClientOptions());
        PacsScoringResult stored;
        try
        {
            stored = await new PacsScoringWorkflow(client, workflowOptions).RunAsync(
                new PacsScoringRequest
                {
                    StudyInstanceUid = request.StudyInstanceUid,
                    ArterialSeriesInstanceUid = request.ArterialSeriesInstanceUid,
                    VenousSeriesInstanceUid = request.VenousSeriesInstanceUid,
                    ArterialMask = mask.Arterial,
                    VenousMask = mask.Venous,
                },
                ScoreSummaries.Scoring(scorer, clinical, r => score = r),
                context.CancellationToken).ConfigureAwait(false);
        }
        catch (DicomWebException e)
        {
            // The PACS's own status tells the caller whether to fix the request or retry later.
            throw new RpcException(new Status(
                e.StatusCode is System.Net.HttpStatusCode.NotFound ? StatusCode.NotFound : StatusCode.Unavailable,
                $"PACS '{pacs.Name}': {e.Message}"));
        }
        catch (InvalidInputException e)
        {
            throw Failures.InvalidArgument(e.Where ?? "study_instance_uid", e.Message);
        }

        return new ScoreFromPacsResponse
        {
            Score = TumourScoring.ToMessage(score!, CallInfo.Of(context).RequestId, clock.Elapsed.TotalMilliseconds),
            ReportSeriesInstanceUid = stored.Report.SeriesInstanceUid,
            ReportSopInstanceUid = stored.Report.SopInstanceUid,
            PanelSopInstanceUid = stored.Panel?.SopInstanceUid ?? "",
        };
    }

    private PacsEndpoint Endpoint(string name)
    {
        if (options.Pacs.Count == 0)
        {
            throw Failures.FailedPrecondition("no PACS is configured on this server (SlicerBridge:Pacs)");
        }

        return options.Pacs.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal))
            ?? throw Failures.NotFound($"no PACS named '{name}' is configured (known: {string.Join(", ", options.Pacs.Select(p => p.Name))})");
    }

    private static (PhaseMaskSource Arterial, PhaseMaskSource? Venous) Validate(ScoreFromPacsRequest request)
    {
        var violations = new List<Google.Rpc.BadRequest.Types.FieldViolation>();
        void Require(string value, string field)
        {
            if (!DicomUid.IsValid(value))
            {
                violations.Add(new() { Field = field, Description = "a DICOM UID is required (digits and dots, at most 64 characters)" });
            }
        }

        Require(request.StudyInstanceUid, "study_instance_uid");
        Require(request.ArterialSeriesInstanceUid, "arterial_series_instance_uid");
        Require(request.VenousSeriesInstanceUid, "venous_series_instance_uid");
        Require(request.ArterialSegUid, "arterial_seg_uid");
        if (request.VenousSegUid.Length > 0)
        {
            Require(request.VenousSegUid, "venous_seg_uid");
        }

        if (request.SegmentNumber > ushort.MaxValue)
        {
            violations.Add(new() { Field = "segment_number", Description = "segment numbers are 1..65535" });
        }

        if (violations.Count > 0)
        {
            throw Failures.InvalidArgument(violations);
        }

        var segment = request.SegmentNumber == 0 ? 1 : (int)request.SegmentNumber;
        return (PhaseMaskSource.Seg(request.ArterialSegUid, segment),
            request.VenousSegUid.Length > 0 ? PhaseMaskSource.Seg(request.VenousSegUid, segment) : null);
    }
}
