using System.Runtime.ExceptionServices;
using SlicerBridge.Imaging;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Statistics.Lasso;

namespace SlicerBridge.Modeling.Synthetic;

/// <summary>
/// Generates a synthetic two-phase liver CT cohort (see README.md in this folder): training and validation
/// patients with two readers' masks and repeat reads, TACE outcome cohorts, and their manifests. Every
/// patient has its own seed derived from the master seed, so the files are byte-identical for a seed
/// whatever the thread count.
/// </summary>
public static class SyntheticCohortGenerator
{
    private const int TrainCohort = 0;
    private const int ValidationCohort = 1;
    private const int FirstOutcomeCohort = 2;
    private const long ClassAssignmentTag = 1000;
    private const long FoldTag = 2000;

    /// <summary>The cohort's patients and their assignments, without rendering any image.</summary>
    public static IReadOnlyList<SyntheticCase> Plan(SyntheticCohortOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var trainSpecs = Draw(options, TrainCohort, "train", options.Train);
        var folds = FoldAssignment.Stratified(
            trainSpecs.Select(s => s.Proliferative ? 1 : 0).ToArray(), SyntheticCohortOptions.Folds, SeedStream.Derive(options.Seed, FoldTag));
        var cases = trainSpecs.Select((s, i) => new SyntheticCase(s, "train", folds[i], true, i < options.RepeatReads, null)).ToList();
        cases.AddRange(Draw(options, ValidationCohort, "validation", options.Validation)
            .Select(s => new SyntheticCase(s, "validation", null, true, false, null)));
        for (var k = 0; k < options.OutcomeCohorts.Count; k++)
        {
            var name = $"tace{k + 1}";
            cases.AddRange(Draw(options, FirstOutcomeCohort + k, name, options.OutcomeCohorts[k]).Select(s =>
                new SyntheticCase(s, name, null, false, false, TaceOutcome.Draw(SeedStream.Open(s.Seed, StreamTag.Outcome), s.Proliferative))));
        }

        return cases;
    }

    /// <summary>
    /// Writes every case folder, <c>cohort.csv</c>, <c>outcomes.csv</c> and <c>truth.json</c> under
    /// <paramref name="outDir"/>, which must be empty or absent unless <see cref="SyntheticCohortOptions.Overwrite"/>.
    /// </summary>
    /// <param name="progress">Receives the number of patients finished so far.</param>
    public static IReadOnlyList<SyntheticCase> Generate(SyntheticCohortOptions options, string outDir, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(outDir);
        var cases = Plan(options);
        PrepareFolder(outDir, options.Overwrite);
        Directory.CreateDirectory(Path.Combine(outDir, "cases"));

        var done = 0;
        try
        {
            Parallel.For(0, cases.Count, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, i =>
            {
                WriteCase(cases[i], Path.Combine(outDir, "cases", cases[i].Id));
                progress?.Report(Interlocked.Increment(ref done));
            });
        }
        catch (AggregateException error) when (error.InnerExceptions.Count > 0)
        {
            // Surface the first real failure (a full disk, a permission) as itself, not as a wrapper.
            ExceptionDispatchInfo.Capture(error.InnerExceptions[0]).Throw();
            throw;
        }

        CohortManifest.WriteCohort(Path.Combine(outDir, "cohort.csv"), cases);
        CohortManifest.WriteOutcomes(Path.Combine(outDir, "outcomes.csv"), cases);
        TruthFile.Write(Path.Combine(outDir, "truth.json"), options, cases);
        return cases;
    }

    /// <summary>Writes one patient's images and the masks its case calls for into <paramref name="folder"/> (created if absent).</summary>
    public static void WriteCase(SyntheticCase synthetic, string folder)
    {
        ArgumentNullException.ThrowIfNull(synthetic);
        Directory.CreateDirectory(folder);
        var patient = SyntheticPatient.Generate(synthetic.Spec);
        var reads = new List<MaskRead> { MaskRead.ReaderA };
        if (synthetic.HasReaderB)
        {
            reads.Add(MaskRead.ReaderB);
        }

        if (synthetic.HasRepeat)
        {
            reads.Add(MaskRead.ReaderARepeat);
        }

        foreach (var phase in new[] { SyntheticPhase.Arterial, SyntheticPhase.Venous })
        {
            VolumeIO.Write(patient.Image(phase), Path.Combine(folder, CaseFiles.Image(phase)));
            foreach (var read in reads)
            {
                VolumeIO.Write(patient.Mask(phase, read), Path.Combine(folder, CaseFiles.Mask(phase, read)));
            }
        }
    }

    /// <summary>
    /// Writes one patient (images, reader A's masks and <c>patient.json</c> with its clinical values and drawn
    /// truth) into <paramref name="outDir"/>, which must be empty or absent unless <paramref name="overwrite"/>.
    /// </summary>
    public static void GeneratePatient(SyntheticPatientSpec spec, string outDir, bool overwrite = false)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentException.ThrowIfNullOrEmpty(outDir);
        PrepareFolder(outDir, overwrite);
        WriteCase(new SyntheticCase(spec, "single", null, false, false, null), outDir);
        TruthFile.WriteSingle(Path.Combine(outDir, "patient.json"), spec);
    }

    private static List<SyntheticPatientSpec> Draw(SyntheticCohortOptions options, int cohort, string prefix, int count)
    {
        // Exactly round(prevalence * n) proliferative patients per cohort, in a seeded random order.
        var order = Enumerable.Range(0, count).ToArray();
        SeedStream.Open(options.Seed, ClassAssignmentTag + cohort).Shuffle(order);
        var proliferative = new bool[count];
        var positives = (int)Math.Round(options.ProliferativePrevalence * count, MidpointRounding.AwayFromZero);
        foreach (var i in order.Take(positives))
        {
            proliferative[i] = true;
        }

        var cohortSeed = SeedStream.Derive(options.Seed, cohort);
        var width = Math.Max(3, count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        return Enumerable.Range(0, count)
            .Select(i => SyntheticPatientSpec.Draw($"{prefix}-{(i + 1).ToString("D" + width, System.Globalization.CultureInfo.InvariantCulture)}",
                SeedStream.Derive(cohortSeed, i), proliferative[i]))
            .ToList();
    }

    private static void PrepareFolder(string outDir, bool overwrite)
    {
        if (File.Exists(outDir))
        {
            throw new InvalidInputException("output path is a file, not a folder", outDir);
        }

        if (!overwrite && Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any())
        {
            throw new InvalidInputException("output folder is not empty; refusing to overwrite (use --force to write into it)", outDir);
        }

        Directory.CreateDirectory(outDir);
    }
}
