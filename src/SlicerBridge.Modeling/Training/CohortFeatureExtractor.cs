using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using SlicerBridge.Imaging;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Modeling.Cohorts;
using SlicerBridge.Modeling.FeatureTables;
using SlicerBridge.Radiomics.Extraction;
using SlicerBridge.Radiomics.Settings;

namespace SlicerBridge.Modeling.Training;

/// <summary>
/// Extracts every case of a manifest: each phase of each case with the primary mask, and with the second
/// reader's and repeat masks where given. Extractions run in parallel over (case, phase, read) with at most
/// <c>jobs</c> at a time, each one first looked up in the <see cref="ExtractionCache"/>; results land in
/// fixed slots, so the output does not depend on scheduling.
/// </summary>
public sealed class CohortFeatureExtractor
{
    private static readonly string ExtractorVersion =
        typeof(RadiomicsExtractor).Assembly.GetName().Version?.ToString() ?? "unknown";

    private readonly RadiomicsExtractor _extractor;
    private readonly ExtractionParameters _parameters;
    private readonly ImagingLimits _limits;
    private readonly ConcurrentDictionary<string, Lazy<string>> _fileHashes = new(StringComparer.Ordinal);

    public CohortFeatureExtractor(ExtractionParameters parameters, string cacheFolder, ImagingLimits? limits = null)
    {
        _parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));
        _limits = limits ?? ImagingLimits.Default;
        _extractor = new RadiomicsExtractor(parameters, _limits);
        Cache = new ExtractionCache(cacheFolder, parameters.SourceText ?? "", ExtractorVersion);
    }

    public ExtractionCache Cache { get; }

    /// <summary>How many single-phase extractions <see cref="Extract"/> will look up (for a progress bar).</summary>
    public static int UnitCount(CohortManifest manifest) => Units(manifest).Count;

    /// <param name="progress">Called once per finished extraction, from worker threads.</param>
    public TrainingCohort Extract(CohortManifest manifest, int jobs, Action? progress = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (jobs < 1)
        {
            throw new InvalidInputException($"--jobs must be at least 1, got {jobs}", "--jobs");
        }

        var units = Units(manifest);
        var results = new PhaseFeatures[units.Count];
        try
        {
            Parallel.For(0, units.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, u =>
            {
                results[u] = Run(manifest.Cases[units[u].Case], units[u]);
                progress?.Invoke();
            });
        }
        catch (AggregateException error) when (error.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(error.InnerExceptions[0]).Throw();
            throw;
        }

        var names = PhaseNames(units, results);
        var slot = new Dictionary<(int, string, Read), int>();
        for (var u = 0; u < units.Count; u++)
        {
            slot[(units[u].Case, units[u].Phase, units[u].Read)] = u;
        }

        var primary = manifest.Cases.Select((c, i) => new FeatureRow(
            c.Id,
            CohortManifest.Phases.SelectMany(p => results[slot[(i, p, Read.Primary)]].Values).ToArray(),
            CohortManifest.Phases.ToDictionary(p => p, p => results[slot[(i, p, Read.Primary)]].Geometry))).ToArray();
        var allNames = CohortManifest.Phases.SelectMany(p => names[p].Select(n => p + "_" + n)).ToArray();

        var repeats = new List<RepeatRead>();
        foreach (var (read, kind) in new[] { (Read.Reader2, ReliabilityKind.InterReader), (Read.Repeat, ReliabilityKind.IntraReader) })
        {
            foreach (var phase in CohortManifest.Phases)
            {
                var slots = units.Select((unit, u) => (unit, u)).Where(t => t.unit.Read == read && t.unit.Phase == phase).ToArray();
                if (slots.Length == 0)
                {
                    continue;
                }

                var second = new FeatureTable(
                    names[phase].Select(n => phase + "_" + n).ToArray(),
                    slots.Select(t => new FeatureRow(manifest.Cases[t.unit.Case].Id, results[t.u].Values.ToArray(), new Dictionary<string, PhaseGeometry>())).ToArray());
                repeats.Add(new RepeatRead(kind, phase, slots.Select(t => t.unit.Case).ToArray(), second));
            }
        }

        return new TrainingCohort(
            manifest.Cases.Select(c => c.Record).ToArray(),
            new FeatureTable(allNames, primary),
            repeats,
            manifest.Sha256,
            Path.GetFileName(manifest.Path),
            _parameters.SourceText ?? "");
    }

    private enum Read
    {
        Primary,
        Reader2,
        Repeat,
    }

    private readonly record struct Unit(int Case, string Phase, Read Read, string Image, string Mask);

    private static List<Unit> Units(CohortManifest manifest)
    {
        var units = new List<Unit>();
        for (var c = 0; c < manifest.Cases.Count; c++)
        {
            foreach (var phase in CohortManifest.Phases)
            {
                var files = manifest.Cases[c].Phase(phase);
                units.Add(new Unit(c, phase, Read.Primary, files.Image, files.Mask));
                if (files.MaskReader2 is { } reader2)
                {
                    units.Add(new Unit(c, phase, Read.Reader2, files.Image, reader2));
                }

                if (files.MaskRepeat is { } repeat)
                {
                    units.Add(new Unit(c, phase, Read.Repeat, files.Image, repeat));
                }
            }
        }

        return units;
    }

    private PhaseFeatures Run(CohortCase c, Unit unit)
    {
        var label = _parameters.Settings.Label;
        var key = Cache.Key(Hash(unit.Image), Hash(unit.Mask), label);
        if (Cache.TryGet(key, out var cached))
        {
            return cached;
        }

        var where = $"case {c.Id}, {unit.Phase} phase" + unit.Read switch
        {
            Read.Reader2 => ", second reader's mask",
            Read.Repeat => ", repeat mask",
            _ => "",
        };
        ImageVolume image, mask;
        try
        {
            image = VolumeIO.Read(unit.Image, _limits);
            mask = VolumeIO.Read(unit.Mask, _limits);
        }
        catch (InvalidInputException e)
        {
            throw new InvalidInputException($"{where}: {e.Message}", e.Where, e);
        }

        var result = _extractor.Execute(image, mask, label, null, where);
        var spacing = image.Geometry.Spacing;
        var features = new PhaseFeatures(
            result.Features.Select(f => f.Key).ToArray(),
            result.Features.Select(f => f.Value).ToArray(),
            new PhaseGeometry([spacing.X, spacing.Y, spacing.Z], RoiMask.FromLabel(mask, label, where).VoxelCount));
        Cache.Put(key, features);
        return features;
    }

    private string Hash(string path) => _fileHashes.GetOrAdd(path, p => new Lazy<string>(() => ExtractionCache.FileHash(p))).Value;

    /// <summary>Each phase's feature names; every extraction of a phase must give the same list (same parameters).</summary>
    private static Dictionary<string, IReadOnlyList<string>> PhaseNames(List<Unit> units, PhaseFeatures[] results)
    {
        var names = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var u = 0; u < units.Count; u++)
        {
            if (!names.TryGetValue(units[u].Phase, out var expected))
            {
                names[units[u].Phase] = results[u].Names;
            }
            else if (!expected.SequenceEqual(results[u].Names))
            {
                throw new InvalidInputException(
                    $"case extraction gave a different feature list ({results[u].Names.Count} features, expected {expected.Count})", $"{units[u].Phase} phase");
            }
        }

        return names;
    }
}
