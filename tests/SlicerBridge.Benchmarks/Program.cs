using System.Text.Json;
using SlicerBridge.Benchmarks;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Radiomics.Extraction;
using SlicerBridge.Radiomics.Settings;

// Prints one JSON document of warm, in-process timings. Run through `dotnet pwsh build.ps1 bench`.
var iterations = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 30;
var fixtures = FindFixtures();
var parameters = ExtractionParameters.Default.WithSettings(ExtractionSettings.Default with { AdditionalInfo = false });
var extractor = new RadiomicsExtractor(parameters);
var results = new List<Measurement>();

var brainImage = NrrdReader.Read(Path.Combine(fixtures, "pyradiomics", "data", "brain1_image.nrrd"));
var brainMask = NrrdReader.Read(Path.Combine(fixtures, "pyradiomics", "data", "brain1_label.nrrd"));
results.Add(Original("original/brain1", brainImage, brainMask));

var tumour = SyntheticTumour.Create(25_000);
results.Add(Original("original/synthetic-liver-tumour-25k", tumour.Image, tumour.Mask));

var document = new
{
    machine = new { cores = Environment.ProcessorCount, os = Environment.OSVersion.VersionString, runtime = Environment.Version.ToString() },
    benchmarks = results.Select(r => new { name = r.Name, iterations = r.Iterations, median_ms = r.MedianMs, min_ms = r.MinMs, details = r.Details }),
};
Console.WriteLine(JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }));
return 0;

Measurement Original(string name, SlicerBridge.Imaging.ImageVolume image, SlicerBridge.Imaging.ImageVolume mask)
{
    var result = extractor.Execute(image, mask);
    var roi = SlicerBridge.Imaging.RoiMask.FromLabel(mask, 1).VoxelCount;
    return Measurement.Time(name, iterations, () => extractor.Execute(image, mask),
        new Dictionary<string, object> { ["features"] = result.Features.Count, ["roi_voxels"] = roi, ["threads"] = 1 });
}

static string FindFixtures()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "tests", "fixtures");
        if (Directory.Exists(candidate))
        {
            return candidate;
        }
    }

    throw new DirectoryNotFoundException("tests/fixtures not found");
}
