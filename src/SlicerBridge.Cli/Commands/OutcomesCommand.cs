using System.CommandLine;
using System.Globalization;
using SlicerBridge.Imaging;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Modeling.Outcomes;
using SlicerBridge.Modeling.Tables;
using SlicerBridge.Reporting.Outcomes;
using SlicerBridge.Statistics;

namespace SlicerBridge.Cli.Commands;

/// <summary>
/// <c>slicerbridge outcomes</c>: the TACE outcomes analysis of a CSV table (Kaplan-Meier, log-rank
/// and Cox by score group, optional response tests) as JSON, and optionally a self-contained HTML report.
/// </summary>
internal static class OutcomesCommand
{
    public static Command Create(TextWriter output)
    {
        var table = new Option<string>("--table") { Description = "CSV table, one row per patient", Required = true };
        var time = new Option<string>("--time") { Description = "Column with follow-up time (non-negative)", Required = true };
        var eventColumn = new Option<string>("--event") { Description = "Column with the event indicator (1 = event, 0 = censored)", Required = true };
        var score = new Option<string>("--score") { Description = "Column with the score to cut into low/high (high = score > cut-off)", Required = true };
        var cutoff = new Option<string?>("--cutoff") { Description = "Given cut-off (use --cutoff=-0.5 for negative values)" };
        var optimal = new Option<bool>("--optimal-cutoff") { Description = "Find the cut-off as survminer's surv_cutpoint (maximally selected log-rank statistic)" };
        var minProp = new Option<double>("--min-prop") { Description = "Smallest share of patients in either group for --optimal-cutoff", DefaultValueFactory = _ => 0.1 };
        var covariates = new Option<string?>("--covariates") { Description = "Comma-separated covariate columns for the Cox models" };
        var stepwise = new Option<bool>("--stepwise") { Description = "Also select a Cox model by AIC (R's step, direction both)" };
        var response = new Option<string?>("--response") { Description = "Column with the response indicator (1 = responder)" };
        var times = new Option<string?>("--times") { Description = "Comma-separated times for survival and numbers at risk (default: round times over the follow-up)" };
        var timeLabel = new Option<string?>("--time-label") { Description = "Time axis title in the report (default: the time column)" };
        var outPath = new Option<string?>("--out") { Description = "Result JSON file (default: standard output)" };
        var report = new Option<string?>("--report") { Description = "Write a self-contained HTML report here" };

        var command = new Command("outcomes", "Outcomes after TACE by score group: Kaplan-Meier, log-rank, Cox, response")
        {
            table, time, eventColumn, score, cutoff, optimal, minProp, covariates, stepwise, response, times, timeLabel, outPath, report,
        };

        command.SetAction(parse =>
        {
            var tablePath = parse.GetValue(table)!;
            var options = new OutcomesOptions(
                parse.GetValue(time)!,
                parse.GetValue(eventColumn)!,
                parse.GetValue(score)!,
                Cutoff(parse.GetValue(cutoff), parse.GetValue(optimal)),
                List(parse.GetValue(covariates)),
                parse.GetValue(stepwise),
                parse.GetValue(response),
                parse.GetValue(times) is { } t ? Numbers(t, "--times") : null,
                MinProportion(parse.GetValue(minProp)));

            OutcomesResult result;
            try
            {
                result = OutcomesAnalysis.Run(CsvTable.Load(tablePath), options);
            }
            catch (StatisticsInputException e)
            {
                throw new InvalidInputException(e.Message, e.Where is null ? tablePath : $"{tablePath}: {e.Where}", e);
            }

            var html = parse.GetValue(report) is null
                ? null
                : OutcomesReport.Render(result, new OutcomesReportOptions(Source: Path.GetFileName(tablePath), TimeLabel: parse.GetValue(timeLabel)));
            if (parse.GetValue(outPath) is { } jsonPath)
            {
                AtomicFile.Write(jsonPath, s => OutcomesJson.Write(result, s));
            }
            else
            {
                output.WriteLine(OutcomesJson.ToJson(result));
            }

            if (html is not null)
            {
                AtomicFile.WriteText(parse.GetValue(report)!, w => w.Write(html));
            }

            return CliApp.Success;
        });
        return command;
    }

    private static double? Cutoff(string? given, bool optimal) => (given, optimal) switch
    {
        (null, true) => null,
        ({ } text, false) => Number(text, "--cutoff"),
        (null, false) => throw new InvalidInputException("give the cut-off with --cutoff X, or ask for --optimal-cutoff", "--cutoff"),
        _ => throw new InvalidInputException("use either --cutoff or --optimal-cutoff, not both", "--cutoff"),
    };

    private static double MinProportion(double value) => value is > 0 and < 0.5
        ? value
        : throw new InvalidInputException("--min-prop must be between 0 and 0.5", "--min-prop");

    private static string[] List(string? text) =>
        text is null ? [] : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static double[] Numbers(string text, string option) => List(text).Select(t => Number(t, option)).ToArray();

    private static double Number(string text, string option) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw new InvalidInputException($"'{text}' is not a number", option);
}
