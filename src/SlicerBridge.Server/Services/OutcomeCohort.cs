using System.Collections.Concurrent;
using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Outcomes;
using SlicerBridge.Modeling.Tables;
using SlicerBridge.Server.Errors;
using SlicerBridge.Server.Hosting;

namespace SlicerBridge.Server.Services;

/// <summary>
/// The configured TACE outcome cohort, analysed once per radscore cut-off (each model has its own), for
/// the risk panel's PFS curves by risk group.
/// </summary>
public sealed class OutcomeCohort(ServerOptions options)
{
    private readonly ConcurrentDictionary<double, OutcomesResult> _byCutoff = new();

    /// <summary>The cohort cut at <paramref name="cutoff"/>; null when no cohort is configured.</summary>
    public OutcomesResult? At(double cutoff) => options.OutcomesTable is not { } table
        ? null
        : _byCutoff.GetOrAdd(cutoff, c => Analyse(table, c));

    private OutcomesResult Analyse(string table, double cutoff)
    {
        try
        {
            return OutcomesAnalysis.Run(CsvTable.Load(table), new OutcomesOptions(
                options.OutcomesTimeColumn, options.OutcomesEventColumn, options.OutcomesScoreColumn, cutoff));
        }
        catch (Exception e) when (e is InvalidInputException or Statistics.StatisticsInputException)
        {
            throw Failures.FailedPrecondition($"the server's outcome cohort cannot be analysed: {e.Message}");
        }
    }
}
