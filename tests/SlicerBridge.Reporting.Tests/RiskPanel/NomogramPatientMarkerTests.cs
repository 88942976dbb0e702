using SlicerBridge.Reporting.Plots;

namespace SlicerBridge.Reporting.Tests.RiskPanel;

public sealed class NomogramPatientMarkerTests
{
    private static NomogramScale Scale(NomogramPatient? patient) => new(
        [new NomogramAxis("Radscore", [new("-1", 0), new("0", 50), new("1", 100)]), new NomogramAxis("AFP > 200", [new("no", 0), new("yes", 30)])],
        new NomogramAxis("Probability", [new("0.1", 20), new("0.5", 60), new("0.9", 110)]),
        Patient: patient);

    [Fact]
    public void The_patient_is_marked_only_when_given()
    {
        using var with = new PanelImage(NomogramPlot.Render(Scale(new NomogramPatient([75, 30])), 1000));
        using var without = new PanelImage(NomogramPlot.Render(Scale(null), 1000));
        var all = new SkiaSharp.SKRect(0, 0, 1000, with.Height);
        // Four dots of 13 px (two predictors, total points, outcome) and their guides, in the patient's orange.
        Assert.True(with.Near(all, "#E69F00") > 4 * 80, "marks drawn");
        Assert.Equal(0, without.Near(all, "#E69F00"));
    }

    [Fact]
    public void The_total_is_marked_where_the_points_add_up()
    {
        using var image = new PanelImage(NomogramPlot.Render(Scale(new NomogramPatient([75, 30])), 1000));
        // Rows: Points, Radscore, AFP, Total points, Probability; the total row holds one dot at 105 of 130 points.
        var rowHeight = (image.Height - 30) / 5f;
        var totalRow = new SkiaSharp.SKRect(0, 15 + 3.3f * rowHeight, 1000, 15 + 3.7f * rowHeight);
        var left = new SkiaSharp.SKRect(0, totalRow.Top, 600, totalRow.Bottom);
        Assert.True(image.Near(totalRow, "#E69F00") > 60);
        Assert.Equal(0, image.Near(left, "#E69F00"));
    }

    [Fact]
    public void A_patient_needs_points_on_every_axis() =>
        Assert.Throws<ArgumentException>(() => NomogramPlot.Render(Scale(new NomogramPatient([75]))));
}
