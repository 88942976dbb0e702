using System.Globalization;
using System.Text;
using SlicerBridge.Modeling.Tables;
using SlicerBridge.Radiomics.Features;
using SlicerBridge.Testing;

namespace SlicerBridge.Modeling.Tests.Training;

/// <summary>
/// The R goldens' cohort (<c>r/data/radiomics_cohort.csv</c>) as a site would bring it: a PyRadiomics-style wide
/// feature table (features f01..f60 under two-phase PyRadiomics names, in the same order, with <c>Image</c>,
/// <c>Mask</c> and diagnostics columns) and a clinical table (<c>ID, split, fold, proliferative, afp_ng_ml</c>;
/// <c>afp_high</c> = 1 becomes 400 ng/mL and 0 becomes 50, so <c>afp_ng_ml&gt;200</c> codes it back).
/// </summary>
internal static class FixtureTables
{
    public static string CohortCsv => Fixtures.Path("r", "data", "radiomics_cohort.csv");

    /// <summary>f01..f60 → two-phase PyRadiomics names: original first-order, GLCM and GLRLM features, 30 per phase.</summary>
    public static IReadOnlyList<string> FeatureNames { get; } = new[] { "firstorder", "glcm", "glrlm", "glszm" }
        .SelectMany(c => FeatureFamilies.Find(c)!.DefaultFeatureNames.Select(n => $"original_{c}_{n}"))
        .Take(60)
        .Select((n, k) => (k < 30 ? "arterial_" : "venous_") + n)
        .ToArray();

    public static string Name(string fixtureColumn) => FeatureNames[int.Parse(fixtureColumn[1..], CultureInfo.InvariantCulture) - 1];

    public static (string Features, string Clinical) Write(string folder)
    {
        var cohort = CsvTable.Load(CohortCsv);
        var features = new StringBuilder("ID,Image,Mask,diagnostics_Versions_PyRadiomics,arterial_diagnostics_Image-original_Spacing,arterial_diagnostics_Mask-original_VoxelNum,venous_diagnostics_Image-original_Spacing,venous_diagnostics_Mask-original_VoxelNum,");
        features.Append(string.Join(",", FeatureNames)).Append('\n');
        var clinical = new StringBuilder("ID,split,fold,proliferative,afp_ng_ml\n");
        var ids = cohort.Text("id");
        var sets = cohort.Text("set");
        var folds = cohort.Text("foldid");
        var outcome = cohort.Text("proliferative");
        var afp = cohort.Text("afp_high");
        var columns = Enumerable.Range(1, 60).Select(k => cohort.Text($"f{k:00}")).ToArray();
        for (var r = 0; r < cohort.RowCount; r++)
        {
            var voxels = (2000 + 37 * r).ToString(CultureInfo.InvariantCulture);
            features.Append($"{ids[r]},img/{ids[r]}.nrrd,img/{ids[r]}_mask.nrrd,v3.1.0,\"(0.7, 0.7, 5.0)\",{voxels},\"(0.7, 0.7, 5.0)\",{voxels},");
            features.Append(string.Join(",", columns.Select(c => c[r]))).Append('\n');
            clinical.Append($"{ids[r]},{sets[r]},{(folds[r] == "NA" ? "" : folds[r])},{outcome[r]},{(afp[r] == "1" ? "400" : "50")}\n");
        }

        var featuresPath = Path.Combine(folder, "features.csv");
        var clinicalPath = Path.Combine(folder, "clinical.csv");
        File.WriteAllText(featuresPath, features.ToString());
        File.WriteAllText(clinicalPath, clinical.ToString());
        return (featuresPath, clinicalPath);
    }
}
