using System.Diagnostics;
using System.Text.Json;
using SlicerBridge.Benchmarks;
using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Radiomics.Extraction;
using SlicerBridge.Radiomics.Settings;

// Prints one JSON document of warm, in-process timings and the peak memory of a whole-CT extraction.
// Run through `dotnet pwsh build.ps1 bench`; `--quick` uses fewer iterations.
var quick = args.Contains("--quick");
var repository = FindRepository();
var results = new List<Measurement>();
var paper = ParameterFile.Load(Path.Combine(repository, "samples", "params", "paper-ct.yaml"));
var paperQuiet = paper.WithSettings(s => s with { AdditionalInfo = false });

// Memory first, while the process is fresh: one phase of a 512 x 512 x 300 int16 CT with a 5 cm tumour.
var ctSpacing = new Vec3(0.78, 0.78, 2.5);
var memory = MeasureWholeCt(paperQuiet, ctSpacing);

var original = new RadiomicsExtractor(ExtractionParameters.Default.WithSettings(s => s with { AdditionalInfo = false }));
var brainImage = NrrdReader.Read(Path.Combine(repository, "tests", "fixtures", "pyradiomics", "data", "brain1_image.nrrd"));
var brainMask = NrrdReader.Read(Path.Combine(repository, "tests", "fixtures", "pyradiomics", "data", "brain1_label.nrrd"));
results.Add(Time("original-107/brain1", quick ? 10 : 30, () => original.Execute(brainImage, brainMask), brainMask));

var tumour25k = SyntheticCt.Create(new Size3(60, 60, 60), new Vec3(1, 1, 1), 18.2);
results.Add(Time("original-107/synthetic-tumour-25k", quick ? 10 : 30, () => original.Execute(tumour25k.Image, tumour25k.Mask), tumour25k.Mask));

// The study's vector: 1316 features per phase after 1 mm linear resampling, a 5 cm tumour on a CT grid.
var phase = SyntheticCt.Create(new Size3(96, 96, 32), ctSpacing, 25);
var paperExtractor = new RadiomicsExtractor(paperQuiet);
results.Add(Time("paper-1316/one-phase-5cm", quick ? 3 : 7, () => paperExtractor.Execute(phase.Image, phase.Mask), phase.Mask));
var venous = SyntheticCt.Create(new Size3(96, 96, 32), ctSpacing, 25, seed: 7);
var twoPhase = new TwoPhaseExtractor(paperQuiet);
results.Add(Time("paper-2632/two-phases-5cm", quick ? 3 : 7,
    () => twoPhase.Execute(new PhaseInput(phase.Image, phase.Mask), new PhaseInput(venous.Image, venous.Mask)), phase.Mask));

// How one phase scales with the tumour (radius 10 to 30 mm).
foreach (var radius in new[] { 10.0, 15, 20, 25, 30 })
{
    var n = (int)Math.Ceiling(2 * radius / 0.78) + 16;
    var scaled = SyntheticCt.Create(new Size3(n, n, (int)Math.Ceiling(2 * radius / 2.5) + 8), ctSpacing, radius);
    results.Add(Time($"paper-1316/scaling-radius-{radius}mm", quick ? 2 : 5, () => paperExtractor.Execute(scaled.Image, scaled.Mask), scaled.Mask));
}

results.Add(ScoringBenchmarks.Run(File.ReadAllText(Path.Combine(repository, "samples", "params", "paper-ct.yaml")), quick));
results.AddRange(StatisticsBenchmarks.Run(quick));
if (DicomWebBenchmarks.Run(quick) is { } fetch)
{
    results.Add(fetch);
}

var document = new
{
    machine = new { cores = Environment.ProcessorCount, os = Environment.OSVersion.VersionString, runtime = Environment.Version.ToString() },
    memory,
    benchmarks = results.Select(r => new { name = r.Name, iterations = r.Iterations, median_ms = r.MedianMs, min_ms = r.MinMs, details = r.Details }),
};
Console.WriteLine(JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }));
return 0;

Measurement Time(string name, int iterations, Func<ExtractionResult> run, ImageVolume mask)
{
    var features = run().Features.Count;
    var roi = RoiMask.FromLabel(mask, 1).VoxelCount;
    return Measurement.Time(name, iterations, () => run(), new Dictionary<string, object>
    {
        ["features"] = features,
        ["roi_voxels"] = roi,
        ["roi_ml"] = Math.Round(roi * mask.Geometry.VoxelVolume / 1000, 1),
    });
}

static object MeasureWholeCt(ExtractionParameters parameters, Vec3 spacing)
{
    var (image, mask) = SyntheticCt.Create(new Size3(512, 512, 300), spacing, 25);
    GC.Collect();
    using var process = Process.GetCurrentProcess();
    process.Refresh();
    var before = process.WorkingSet64;
    var watch = Stopwatch.StartNew();
    var features = new RadiomicsExtractor(parameters).Execute(image, mask).Features.Count;
    var elapsed = watch.Elapsed.TotalMilliseconds;
    process.Refresh();
    return new
    {
        name = "paper-1316/one-phase-512x512x300-int16",
        features,
        elapsed_ms = elapsed,
        volumes_mib = (image.VoxelCount * 3) / (1024.0 * 1024.0),
        working_set_before_mib = before / (1024.0 * 1024.0),
        peak_working_set_mib = process.PeakWorkingSet64 / (1024.0 * 1024.0),
    };
}

static string FindRepository()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "SlicerBridge.sln")))
        {
            return dir.FullName;
        }
    }

    throw new DirectoryNotFoundException("SlicerBridge.sln not found above " + AppContext.BaseDirectory);
}
