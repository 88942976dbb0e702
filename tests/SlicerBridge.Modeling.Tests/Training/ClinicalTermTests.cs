using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Training;

namespace SlicerBridge.Modeling.Tests.Training;

public sealed class ClinicalTermTests
{
    [Theory]
    [InlineData("afp_ng_ml>200", "afp_ng_ml", 200.0, "afp_gt_200")]
    [InlineData("afp_ng_ml > 400", "afp_ng_ml", 400.0, "afp_gt_400")]
    [InlineData("tumour_size_cm>5.5", "tumour_size_cm", 5.5, "tumour_size_gt_5_5")]
    [InlineData("afp_high", "afp_high", null, "afp_high")]
    public void Parses_and_names_terms(string text, string variable, double? threshold, string name)
    {
        var term = ClinicalTerm.Parse(text);
        Assert.Equal(variable, term.Variable);
        Assert.Equal(threshold, term.Threshold);
        Assert.Equal(name, term.Name);
    }

    [Fact]
    public void Codes_values_strictly_above_the_threshold()
    {
        Assert.Equal(0, ClinicalTerm.AfpAbove200.Code(200));
        Assert.Equal(1, ClinicalTerm.AfpAbove200.Code(200.5));
        Assert.Equal(3.5, ClinicalTerm.Parse("afp_log").Code(3.5));
    }

    [Theory]
    [InlineData("afp>x")]
    [InlineData(">200")]
    [InlineData("a>1>2")]
    [InlineData("afp ng")]
    public void Refuses_malformed_terms(string text) =>
        Assert.Equal("--clinical", Assert.Throws<InvalidInputException>(() => ClinicalTerm.Parse(text)).Where);
}
