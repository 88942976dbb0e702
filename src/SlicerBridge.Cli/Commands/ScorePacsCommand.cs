using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using SlicerBridge.Dicom.SecondaryCapture;
using SlicerBridge.Dicom.Series;
using SlicerBridge.Dicom.StructuredReport;
using SlicerBridge.Dicom.Web;
using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Modeling.Pacs;
using SlicerBridge.Modeling.Scoring;
using SlicerBridge.Reporting.RiskPanel;

namespace SlicerBridge.Cli.Commands;

/// <summary>
/// <c>slicerbridge score-pacs</c>: scores a tumour straight from a DICOMweb PACS (both phases and their
/// SEGs) and stores the result back in the study as a DICOM SR. Prints the score and the stored UIDs.
/// </summary>
internal static partial class ScorePacsCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var dicomweb = new Option<string>("--dicomweb") { Description = "DICOMweb base URL, e.g. http://pacs/dicom-web", Required = true };
        var study = new Option<string>("--study") { Description = "StudyInstanceUID", Required = true };
        var arterialSeries = new Option<string>("--arterial-series") { Description = "SeriesInstanceUID of the arterial-phase CT", Required = true };
        var venousSeries = new Option<string>("--venous-series") { Description = "SeriesInstanceUID of the portal-venous-phase CT", Required = true };
        var seg = new Option<string>("--seg")
        {
            Description = "SEG series or instance UID of the tumour; used for both phases unless --venous-seg is given (then both series must share one grid)",
            Required = true,
        };
        var venousSeg = new Option<string?>("--venous-seg") { Description = "SEG series or instance UID drawn on the venous series" };
        var segment = new Option<int>("--segment") { Description = "Segment number of the tumour in the SEG(s)", DefaultValueFactory = _ => 1 };
        var model = new Option<string>("--model") { Description = "Model package (*.model.json)", Required = true };
        var afp = new Option<double?>("--afp") { Description = "Serum AFP in ng/mL" };
        var user = new Option<string?>("--user") { Description = "HTTP basic user name" };
        var password = new Option<string?>("--password") { Description = "HTTP basic password" };
        var token = new Option<string?>("--token") { Description = "Bearer token" };
        var panelSc = new Option<bool>("--panel-sc") { Description = "Also store the risk panel (PNG rendering, RGB) as a Secondary Capture in the study" };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        var maxMemory = CommonOptions.MaxMemory();

        var command = new Command("score-pacs", "Score a tumour from a DICOMweb PACS and store the result there as a DICOM SR")
        {
            dicomweb, study, arterialSeries, venousSeries, seg, venousSeg, segment, model, afp, user, password, token, panelSc, format, maxMemory,
        };

        command.SetAction(parse =>
        {
            var formatName = parse.GetValue(format)!.ToLowerInvariant();
            if (formatName is not ("text" or "json"))
            {
                throw new InvalidInputException($"unknown format '{formatName}' (expected text or json)", "--format");
            }

            var baseUri = BaseUri(parse.GetValue(dicomweb)!);
            var authentication = Authentication(parse.GetValue(user), parse.GetValue(password), parse.GetValue(token));
            var segmentNumber = parse.GetValue(segment) is var n and >= 1 and <= ushort.MaxValue
                ? n
                : throw new InvalidInputException($"segment numbers are 1..65535, not {parse.GetValue(segment)}", "--segment");
            var request = new PacsScoringRequest
            {
                StudyInstanceUid = Uid(parse.GetValue(study)!, "--study"),
                ArterialSeriesInstanceUid = Uid(parse.GetValue(arterialSeries)!, "--arterial-series"),
                VenousSeriesInstanceUid = Uid(parse.GetValue(venousSeries)!, "--venous-series"),
                ArterialMask = PhaseMaskSource.Seg(Uid(parse.GetValue(seg)!, "--seg"), segmentNumber),
                VenousMask = parse.GetValue(venousSeg) is { } v ? PhaseMaskSource.Seg(Uid(v, "--venous-seg"), segmentNumber) : null,
            };
            var package = ModelPackageSerializer.Read(parse.GetValue(model)!);
            var scorer = new ModelScorer(package);
            var clinical = new Dictionary<string, double>(StringComparer.Ordinal);
            if (parse.GetValue(afp) is { } afpValue)
            {
                clinical[ClinicalVariables.AfpNgMl.Name] = afpValue;
            }
            else if (NomogramCalculator.ClinicalVariablesOf(scorer.Package.Nomogram).Contains(ClinicalVariables.AfpNgMl.Name))
            {
                throw new InvalidInputException("--afp is required: the nomogram uses serum AFP (ng/mL)", "--afp");
            }

            NomogramCalculator.CheckClinical(scorer.Package.Nomogram, clinical);
            ScoreResult? score = null;
            var options = new PacsScoringOptions
            {
                Series = CtSeriesOptions.Default with { Limits = CommonOptions.Limits(parse.GetValue(maxMemory)) },

                // The workflow renders the panel after scoring, so the full result is there to draw.
                Panel = parse.GetValue(panelSc) ? _ => RiskPanelRenderer.RenderRgb(RiskPanelData.From(score!, package, outcomes: null)) : null,
            };
            using var client = new DicomWebClient(new DicomWebClientOptions { BaseUri = baseUri, Authentication = authentication });
            PacsScoringResult stored;
            try
            {
                stored = new PacsScoringWorkflow(client, options)
                    .RunAsync(request, ScoreSummaries.Scoring(scorer, clinical, r => score = r))
                    .GetAwaiter().GetResult();
            }
            catch (DicomWebException e)
            {
                error.WriteLine($"error: PACS: {e.Message} (--dicomweb)");
                return e.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                    or HttpStatusCode.NotFound or HttpStatusCode.Conflict
                    ? CliApp.BadInput
                    : CliApp.InternalFailure;
            }

            if (formatName == "json")
            {
                output.Write(JsonSerializer.Serialize(new { Score = score, Stored = new { stored.Report, stored.Panel } }, Json) + "\n");
            }
            else
            {
                WriteText(score!, stored, output);
            }

            return CliApp.Success;
        });
        return command;
    }

    private static void WriteText(ScoreResult score, PacsScoringResult stored, TextWriter w)
    {
        var notice = score.Notice?.ToUpperInvariant();
        if (notice is not null)
        {
            w.WriteLine($"*** {notice} ***");
        }

        var summary = stored.Summary;
        w.WriteLine($"Model          {summary.ModelId} {summary.ModelVersion}");
        w.WriteLine($"Probability    {summary.ProbabilityPercent.ToString("0.0", CultureInfo.InvariantCulture)} %");
        w.WriteLine($"Risk group     {Group(summary.NomogramRiskGroup)} (nomogram {F(summary.NomogramLinearPredictor)})");
        w.WriteLine($"Radscore       {F(summary.Radscore)} {Group(summary.RadscoreRiskGroup)}");
        foreach (var warning in score.Warnings)
        {
            w.WriteLine($"  ! {warning.Message} [{warning.Code}]");
        }

        w.WriteLine($"Stored SR      series {stored.Report.SeriesInstanceUid} instance {stored.Report.SopInstanceUid}");
        if (stored.Panel is { } panel)
        {
            w.WriteLine($"Stored SC      series {panel.SeriesInstanceUid} instance {panel.SopInstanceUid}");
        }

        if (notice is not null)
        {
            w.WriteLine($"*** {notice} ***");
        }
    }

    private static Uri BaseUri(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new InvalidInputException($"'{text}' is not an http or https URL", "--dicomweb");

    private static DicomWebAuthentication Authentication(string? user, string? password, string? token)
    {
        if (token is not null)
        {
            return user is null && password is null
                ? DicomWebAuthentication.Bearer(token.Length > 0 ? token : throw new InvalidInputException("the token is empty", "--token"))
                : throw new InvalidInputException("use either --token or --user/--password, not both", "--token");
        }

        return (user, password) switch
        {
            (null, null) => DicomWebAuthentication.None,
            ({ } u, { } p) => DicomWebAuthentication.Basic(u, p),
            (null, _) => throw new InvalidInputException("--password needs --user", "--user"),
            _ => throw new InvalidInputException("--user needs --password", "--password"),
        };
    }

    private static string Uid(string text, string option) =>
        text.Length <= 64 && UidPattern().IsMatch(text)
            ? text
            : throw new InvalidInputException($"'{text}' is not a DICOM UID (dot-separated numbers without leading zeros, at most 64 characters)", option);

    private static string Group(ScoreRiskGroup group) => group == ScoreRiskGroup.High ? "HIGH" : "LOW";

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))+$")]
    private static partial Regex UidPattern();
}
