using System.Text.RegularExpressions;
using SlicerBridge.Modeling.Cohorts;
using SlicerBridge.Modeling.FeatureTables;
using SlicerBridge.Modeling.Training;
using SlicerBridge.Reporting.Training;
using SlicerBridge.Statistics.Lasso;

namespace SlicerBridge.Reporting.Tests.Training;

/// <summary>The training report is one self-contained page with every section, and the same run gives the same bytes.</summary>
public sealed partial class TrainingReportTests
{
    private static readonly Lazy<TrainingResult> Result = new(Train);

    /// <summary>90 cases (60 train, 30 validation), 12 features of which three carry the outcome, noisily.</summary>
    private static TrainingResult Train()
    {
        var random = new Random(5);
        var names = Enumerable.Range(1, 12).Select(k => $"arterial_original_firstorder_F{k:00}").ToArray();
        var cases = new List<CohortRecord>();
        var rows = new List<FeatureRow>();
        for (var i = 0; i < 90; i++)
        {
            var y = i % 2;
            var values = names.Select((_, j) => (j < 3 ? 0.8 * y : 0) + Normal(random)).ToArray();
            var afp = y == 1 ? (random.NextDouble() < 0.6 ? 500 : 20) : (random.NextDouble() < 0.3 ? 500 : 20);
            cases.Add(new CohortRecord(i + 2, $"C{i}", i < 60 ? CohortSplit.Train : CohortSplit.Validation, y,
                new Dictionary<string, double> { ["afp_ng_ml"] = afp }, null));
            rows.Add(new FeatureRow($"C{i}", values, new Dictionary<string, PhaseGeometry> { ["arterial"] = new([0.7, 0.7, 5], 1000 + i) }));
        }

        var cohort = new TrainingCohort(cases, new FeatureTable(names, rows), [], new string('0', 64), "synthetic", "");
        return TrainingPipeline.Run(cohort, new TrainingOptions
        {
            Created = "2026-11-28T00:00:00Z",
            Engine = LassoSolver.CoordinateDescent,
            Demonstration = true,
            Name = "demo <model>",
        });
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    [Fact]
    public void Report_is_self_contained_and_deterministic()
    {
        var html = TrainingReport.Render(Result.Value);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.Equal(html, TrainingReport.Render(Result.Value));
    }

    [Fact]
    public void Report_has_every_section_and_plot()
    {
        var html = TrainingReport.Render(Result.Value);
        var ids = SectionId().Matches(html).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(TrainingReport.Sections, ids);

        // CV curve, coefficient path, nomogram, then ROC, calibration and decision curves for both sets.
        var images = Image().Matches(html).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(9, images.Length);
        Assert.All(images, png => Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], Convert.FromBase64String(png)[..4]));
        foreach (var alt in new[] { "Cross-validated deviance", "LASSO coefficient paths", "Nomogram", "ROC curves, training", "ROC curves, validation",
                     "Calibration, training", "Calibration, validation", "Decision curves, training", "Decision curves, validation" })
        {
            Assert.Contains($"alt=\"{alt}", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Report_lists_the_features_the_screening_and_the_metrics()
    {
        var result = Result.Value;
        var html = TrainingReport.Render(result);
        Assert.Contains("Demonstration model trained on synthetic data: not for clinical use.", html, StringComparison.Ordinal);
        Assert.Contains("demo &lt;model&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("demo <model>", html, StringComparison.Ordinal);
        Assert.All(result.Package.Features, f => Assert.Contains($"<td>{f.Name}</td>", html, StringComparison.Ordinal));
        Assert.All(result.Screening, s => Assert.Contains($"<td>{System.Net.WebUtility.HtmlEncode(s.Step)}</td><td>{s.Dropped}</td><td>{s.Remaining}</td>", html, StringComparison.Ordinal));
        Assert.Contains("ICC screening skipped", html, StringComparison.Ordinal);
        Assert.Contains("<td>validation</td><td>nomogram</td><td>30</td>", html, StringComparison.Ordinal);
        Assert.Contains("afp_gt_200", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("(?:src|href)=\"(?!data:)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("<h2 id=\"([a-z-]+)\">")]
    private static partial Regex SectionId();

    [GeneratedRegex("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"")]
    private static partial Regex Image();
}
