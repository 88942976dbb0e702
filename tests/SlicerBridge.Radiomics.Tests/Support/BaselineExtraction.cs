using SlicerBridge.Imaging.IO;
using SlicerBridge.Radiomics.Extraction;
using SlicerBridge.Radiomics.Settings;

namespace SlicerBridge.Radiomics.Tests.Support;

/// <summary>Runs the extractor on a baseline column's case with the settings PyRadiomics recorded for it.</summary>
internal static class BaselineExtraction
{
    public static ExtractionSettings SettingsOf(BaselineTable table, string column) =>
        ParameterFile.ApplySettings(ExtractionSettings.Default, table.Settings(column));

    public static IReadOnlyDictionary<string, double> Run(BaselineTable table, string column, IReadOnlyCollection<string> features)
    {
        var testCase = BaselineTable.CaseOf(column);
        var parameters = ExtractionParameters.Default.WithSettings(_ => SettingsOf(table, column));
        var result = new RadiomicsExtractor(parameters).Execute(
            NrrdReader.Read(BaselineCase.ImagePath(testCase)),
            NrrdReader.Read(BaselineCase.MaskPath(testCase)),
            features: features);
        return result.Features.ToDictionary(kv => kv.Key, kv => kv.Value);
    }
}
