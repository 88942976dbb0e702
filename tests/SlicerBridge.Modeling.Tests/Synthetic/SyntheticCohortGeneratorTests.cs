using System.Globalization;
using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Synthetic;
using SlicerBridge.Statistics.Survival;
using SlicerBridge.Testing;

namespace SlicerBridge.Modeling.Tests.Synthetic;

public class SyntheticCohortGeneratorTests
{
    private static readonly SyntheticCohortOptions Small = new()
    {
        Seed = 11, Train = 10, Validation = 3, OutcomeCohorts = [2, 1], RepeatReads = 2,
    };

    [Fact]
    public void SameSeedGivesByteIdenticalFilesWhateverTheThreadCount()
    {
        using var serial = new TempDirectory();
        using var parallel = new TempDirectory();

        SyntheticCohortGenerator.Generate(Small with { MaxDegreeOfParallelism = 1 }, serial.Path);
        SyntheticCohortGenerator.Generate(Small with { MaxDegreeOfParallelism = 3 }, parallel.Path);

        var files = RelativeFiles(serial.Path);
        Assert.Equal(files, RelativeFiles(parallel.Path));
        // 16 patients: images and reader A masks for all, reader B for 13, repeats for 2; plus three manifests.
        Assert.Equal(16 * 4 + 13 * 2 + 2 * 2 + 3, files.Count);
        foreach (var file in files)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(serial.Path, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(parallel.Path, file))),
                $"{file} differs between 1 and 3 threads");
        }
    }

    [Fact]
    public void DifferentSeedsGiveDifferentPatients()
    {
        var a = SyntheticCohortGenerator.Plan(Small);
        var b = SyntheticCohortGenerator.Plan(Small with { Seed = 12 });

        Assert.Equal(a.Select(c => c.Id), b.Select(c => c.Id));
        Assert.All(a.Zip(b), pair => Assert.NotEqual(pair.First.Spec.Seed, pair.Second.Spec.Seed));
    }

    [Fact]
    public void CohortSizeDoesNotChangeTheOtherCohorts()
    {
        var small = SyntheticCohortGenerator.Plan(Small);
        var larger = SyntheticCohortGenerator.Plan(Small with { Train = 20 });

        Assert.Equal(
            small.Where(c => c.Cohort != "train").Select(c => (c.Id, c.Spec.Seed, c.Spec.AfpNgMl)),
            larger.Where(c => c.Cohort != "train").Select(c => (c.Id, c.Spec.Seed, c.Spec.AfpNgMl)));
    }

    [Fact]
    public void ManifestsHaveExactlyTheDocumentedColumnsAndPointAtFilesThatExist()
    {
        using var temp = new TempDirectory();
        SyntheticCohortGenerator.Generate(Small, temp.Path);

        var cohort = File.ReadAllLines(temp.File("cohort.csv"));
        Assert.Equal(
            "id,split,arterial_image,arterial_mask,venous_image,venous_mask,arterial_mask_reader2,venous_mask_reader2," +
            "arterial_mask_repeat,venous_mask_repeat,proliferative,afp_ng_ml,fold",
            cohort[0]);
        var rows = cohort.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(13, rows.Count);
        Assert.All(rows, r => Assert.Equal(13, r.Length));
        Assert.Equal(Enumerable.Repeat("train", 10).Concat(Enumerable.Repeat("validation", 3)), rows.Select(r => r[1]));
        Assert.Equal(Enumerable.Range(1, 10), rows.Take(10).Select(r => int.Parse(r[12], CultureInfo.InvariantCulture)).Order());
        Assert.All(rows.Skip(10), r => Assert.Equal("", r[12]));
        Assert.All(rows.Take(2), r => Assert.NotEqual("", r[8] + r[9]));
        Assert.All(rows.Skip(2), r => Assert.Equal("", r[8] + r[9]));
        Assert.All(rows, r => Assert.Contains(r[10], new[] { "0", "1" }));
        Assert.All(rows, r => Assert.True(double.Parse(r[11], CultureInfo.InvariantCulture) > 0));

        var outcomes = File.ReadAllLines(temp.File("outcomes.csv"));
        Assert.Equal(
            "id,cohort,arterial_image,arterial_mask,venous_image,venous_mask,afp_ng_ml,proliferative,pfs_months,pfs_event," +
            "response,age,sex_male,tumour_size_cm",
            outcomes[0]);
        var outcomeRows = outcomes.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(new[] { "tace1", "tace1", "tace2" }, outcomeRows.Select(r => r[1]));

        var paths = rows.SelectMany(r => r[2..10]).Concat(outcomeRows.SelectMany(r => r[2..6])).Where(p => p.Length > 0).ToList();
        // Training: 8 files with repeats (2 patients), else 6; validation 6; outcomes 4 (reader A only).
        Assert.Equal(2 * 8 + 8 * 6 + 3 * 6 + 3 * 4, paths.Count);
        Assert.All(paths, p => Assert.True(File.Exists(Path.Combine(temp.Path, p)), p));
        Assert.True(File.Exists(temp.File("truth.json")));
    }

    [Fact]
    public void RefusesANonEmptyFolderUnlessAskedToOverwrite()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("keep.txt"), "someone's data");

        var error = Assert.Throws<InvalidInputException>(() => SyntheticCohortGenerator.Generate(Small, temp.Path));

        Assert.Contains("not empty", error.Message, StringComparison.Ordinal);
        Assert.Equal(temp.Path, error.Where);
        Assert.False(Directory.Exists(temp.File("cases")));
        SyntheticCohortGenerator.Generate(Small with { Overwrite = true }, temp.Path);
        Assert.True(File.Exists(temp.File("cohort.csv")));
        Assert.Equal("someone's data", File.ReadAllText(temp.File("keep.txt")));
    }

    [Theory]
    [InlineData(9, 0, "train")]
    [InlineData(10, -1, "validation")]
    public void RejectsImpossibleSizesWithAClearError(int train, int validation, string where)
    {
        var error = Assert.Throws<InvalidInputException>(() =>
            SyntheticCohortGenerator.Plan(Small with { Train = train, Validation = validation, RepeatReads = 0 }));
        Assert.Equal(where, error.Where);
    }

    [Fact]
    public void EveryCohortHasTheRoundedPrevalenceAndFoldsAreStratified()
    {
        var cases = SyntheticCohortGenerator.Plan(SyntheticCohortOptions.Study);

        foreach (var (cohort, size) in new[] { ("train", 126), ("validation", 54), ("tace1", 54), ("tace2", 80) })
        {
            var members = cases.Where(c => c.Cohort == cohort).ToList();
            Assert.Equal(size, members.Count);
            Assert.Equal((int)Math.Round(0.4 * size, MidpointRounding.AwayFromZero), members.Count(c => c.Spec.Proliferative));
        }

        var train = cases.Where(c => c.Cohort == "train").ToList();
        foreach (var fold in Enumerable.Range(1, 10))
        {
            var inFold = train.Where(c => c.Fold == fold).ToList();
            Assert.InRange(inFold.Count, 12, 13);
            Assert.InRange(inFold.Count(c => c.Spec.Proliferative), 5, 6);
        }
    }

    [Fact]
    public void AfpAbove200IsAboutAsFrequentAsIntendedInEachClass()
    {
        // 1000 patients: the binomial SD of a rate near 0.5 over 400 patients is 0.025, so ±0.07 is about 3 SD.
        var cases = SyntheticCohortGenerator.Plan(SyntheticCohortOptions.Demo with { Train = 600, Validation = 400 });

        var proliferative = cases.Where(c => c.Spec.Proliferative).ToList();
        var other = cases.Where(c => !c.Spec.Proliferative).ToList();
        Assert.InRange(proliferative.Count(c => c.Spec.AfpNgMl > 200) / (double)proliferative.Count, 0.48, 0.62);
        Assert.InRange(other.Count(c => c.Spec.AfpNgMl > 200) / (double)other.Count, 0.15, 0.25);
        Assert.All(cases, c => Assert.InRange(c.Spec.AfpNgMl, 1, 60000));
    }

    [Fact]
    public void ProliferativeTumoursAreDrawnLargerAndMoreAggressiveLooking()
    {
        var cases = SyntheticCohortGenerator.Plan(SyntheticCohortOptions.Demo with { Train = 600, Validation = 400 });
        var proliferative = cases.Where(c => c.Spec.Proliferative).Select(c => c.Spec.Phenotype).ToList();
        var other = cases.Where(c => !c.Spec.Proliferative).Select(c => c.Spec.Phenotype).ToList();

        // Geometric-mean diameter ratio exp(0.33 x 0.85) = 1.32 before clipping to 1-8 cm.
        Assert.InRange(Math.Exp(proliferative.Average(p => Math.Log(p.DiameterMm)) - other.Average(p => Math.Log(p.DiameterMm))), 1.2, 1.4);
        Assert.True(proliferative.Average(p => p.RimStrength) > other.Average(p => p.RimStrength) + 0.15);
        Assert.True(proliferative.Average(p => p.NecrosisRadius) > other.Average(p => p.NecrosisRadius) + 0.1);
        Assert.True(proliferative.Average(p => p.Irregularity) > other.Average(p => p.Irregularity) + 0.04);
        // Overlap: a good share of non-proliferative tumours are bigger than the proliferative median.
        var median = proliferative.Select(p => p.DiameterMm).Order().ElementAt(proliferative.Count / 2);
        Assert.InRange(other.Count(p => p.DiameterMm > median) / (double)other.Count, 0.2, 0.45);
    }

    [Fact]
    public void ProliferativeTaceOutcomesAreWorse()
    {
        // One outcome cohort of 1000 patients, so medians and rates are precise enough to compare with the model.
        var cases = SyntheticCohortGenerator.Plan(SyntheticCohortOptions.Demo with { OutcomeCohorts = [1000] })
            .Where(c => c.Outcome is not null).ToList();
        var proliferative = cases.Where(c => c.Spec.Proliferative).ToList();
        var other = cases.Where(c => !c.Spec.Proliferative).ToList();

        var medianProliferative = MedianPfs(proliferative);
        var medianOther = MedianPfs(other);
        Assert.True(medianProliferative < medianOther, $"median PFS {medianProliferative} vs {medianOther}");
        // Weibull proportional hazards: median ratio HR^(-1/k) = 2^(-1/1.2) = 0.56; the non-proliferative median is 12 months.
        Assert.InRange(medianProliferative / medianOther, 0.45, 0.68);
        Assert.InRange(medianOther, 10.5, 13.5);

        // The generating hazard ratio is 2; a Cox fit on 1000 patients (about 760 events) has SE(log HR) near 0.08.
        var cox = CoxModel.Fit(
            cases.Select(c => c.Outcome!.PfsMonths).ToArray(),
            cases.Select(c => c.Outcome!.PfsEvent ? 1 : 0).ToArray(),
            [new Covariate("proliferative", cases.Select(c => c.Spec.Proliferative ? 1.0 : 0.0).ToArray())]);
        Assert.InRange(cox.Coefficients[0].HazardRatio, 1.6, 2.5);

        Assert.InRange(proliferative.Count(c => c.Outcome!.Response) / (double)proliferative.Count, 0.37, 0.53);
        Assert.InRange(other.Count(c => c.Outcome!.Response) / (double)other.Count, 0.69, 0.81);
        Assert.InRange(cases.Count(c => !c.Outcome!.PfsEvent) / (double)cases.Count, 0.19, 0.30);
        Assert.All(cases, c => Assert.Equal(Math.Round(c.Outcome!.PfsMonths, 1), c.Outcome.PfsMonths));
        Assert.All(cases, c => Assert.InRange(c.Outcome!.PfsMonths, 0.1, TaceOutcome.FollowUpMaxMonths));
    }

    private static double MedianPfs(IReadOnlyList<SyntheticCase> cases) =>
        KaplanMeierEstimate.Compute(cases.Select(c => c.Outcome!.PfsMonths).ToArray(), cases.Select(c => c.Outcome!.PfsEvent ? 1 : 0).ToArray())
            .Median.Estimate ?? double.NaN;

    private static List<string> RelativeFiles(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f))
            .Order(StringComparer.Ordinal)
            .ToList();
}
