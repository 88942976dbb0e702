using SlicerBridge.Statistics.Survival;
using SlicerBridge.Statistics.Tests.Support;

namespace SlicerBridge.Statistics.Tests.Survival;

/// <summary>data/outcomes_cohort.csv: 80 patients with PFS, a score and clinical covariates.</summary>
internal sealed class OutcomesCohort
{
    private readonly CsvTable _table = Golden.Csv(Golden.DataPath("outcomes_cohort.csv"));

    public double[] Time => _table.Numbers("pfs_months");

    public int[] Status => Ints("pfs_event");

    public int[] Ints(string column) => _table.Numbers(column).Select(v => (int)v).ToArray();

    public double[] Numbers(string column) => _table.Numbers(column);

    public Covariate Covariate(string column) => new(column, _table.Numbers(column));
}
