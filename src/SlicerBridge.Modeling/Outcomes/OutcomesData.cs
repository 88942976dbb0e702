using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Tables;
using SlicerBridge.Statistics.Survival;

namespace SlicerBridge.Modeling.Outcomes;

/// <summary>
/// The columns an outcomes analysis needs, read from a table and checked so that each problem is
/// reported against its line and column before any statistic is computed.
/// </summary>
internal sealed record OutcomesData(
    string Source,
    double[] Time,
    int[] Event,
    double[] Score,
    IReadOnlyList<Covariate> Covariates,
    int[]? Response)
{
    public int Count => Time.Length;

    public static OutcomesData FromTable(CsvTable table, OutcomesOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        var covariates = options.Covariates ?? [];
        CheckNames(table.Source, options, covariates);
        foreach (var column in new[] { options.TimeColumn, options.EventColumn, options.ScoreColumn }
                     .Concat(covariates).Append(options.ResponseColumn).OfType<string>())
        {
            table.ColumnIndex(column);
        }

        if (table.RowCount < 2)
        {
            throw new InvalidInputException($"the table has {table.RowCount} data rows; an outcomes analysis needs patients in two groups", table.Source);
        }

        var time = table.Numbers(options.TimeColumn);
        for (var r = 0; r < time.Length; r++)
        {
            if (time[r] < 0)
            {
                throw new InvalidInputException($"{table.Location(r, options.TimeColumn)}: survival time is negative", table.Source);
            }
        }

        var status = table.Binary(options.EventColumn);
        if (status.All(d => d == 0))
        {
            throw new InvalidInputException($"column '{options.EventColumn}' has no events (all 0); survival analysis needs at least one", table.Source);
        }

        var response = options.ResponseColumn is { } name ? table.Binary(name) : null;
        if (response is not null && response.All(r => r == response[0]))
        {
            throw new InvalidInputException(
                $"column '{options.ResponseColumn}' has only {(response[0] == 1 ? "responders" : "non-responders")}; response cannot be compared", table.Source);
        }

        return new OutcomesData(
            table.Source,
            time,
            status,
            table.Numbers(options.ScoreColumn),
            covariates.Select(c => new Covariate(c, table.Numbers(c))).ToArray(),
            response);
    }

    private static void CheckNames(string source, OutcomesOptions options, IReadOnlyList<string> covariates)
    {
        var duplicate = covariates.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidInputException($"covariate '{duplicate.Key}' is listed twice", source);
        }

        foreach (var c in covariates)
        {
            if (c == options.TimeColumn || c == options.EventColumn)
            {
                throw new InvalidInputException($"covariate '{c}' is the survival time or event column", source);
            }

            if (c == options.HighTerm)
            {
                throw new InvalidInputException($"covariate '{c}' has the name of the score-group term; rename the column", source);
            }
        }
    }
}
