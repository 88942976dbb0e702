using System.Security.Cryptography;
using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Cohorts;
using SlicerBridge.Modeling.FeatureTables;
using SlicerBridge.Modeling.Tables;

namespace SlicerBridge.Modeling.Training;

/// <summary>
/// A cohort from features a site already has: a PyRadiomics-style wide feature table joined on <c>ID</c> to a
/// clinical table (<c>ID</c>, outcome, clinical columns, optional <c>split</c> and <c>fold</c>). The clinical
/// table defines the cohort: each of its cases must have a feature row; feature rows of other cases are not used.
/// No repeated reads, so no ICC screening. The data hash covers both files' bytes.
/// </summary>
public static class FeatureTableCohort
{
    public static TrainingCohort Load(string featuresPath, string clinicalPath, CohortColumnsOptions options, string parametersYaml)
    {
        ArgumentNullException.ThrowIfNull(featuresPath);
        ArgumentNullException.ThrowIfNull(clinicalPath);
        ArgumentNullException.ThrowIfNull(options);
        var clinical = CsvTable.Load(clinicalPath);
        var records = CohortColumns.Read(clinical, options with { SplitRequired = false }, "ID");
        var features = FeatureTableReader.Read(featuresPath).Table;
        if (features.Names.Count == 0)
        {
            throw new InvalidInputException("the feature table has no numeric feature column", featuresPath);
        }

        var rows = new FeatureRow[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            rows[i] = features.Find(records[i].Id)
                ?? throw new InvalidInputException("case has no row in the feature table", $"{clinicalPath}: line {records[i].Line}, column 'ID'");
        }

        return new TrainingCohort(records, new FeatureTable(features.Names, rows), [], Sha256(featuresPath, clinicalPath),
            $"{Path.GetFileName(featuresPath)} + {Path.GetFileName(clinicalPath)}", parametersYaml);
    }

    /// <summary>SHA-256 over the SHA-256 of each file, in order: either file changing changes the hash.</summary>
    private static string Sha256(params string[] paths)
    {
        var joined = string.Join("\n", paths.Select(p => ExtractionCache.FileHash(p)));
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(joined)));
    }
}
