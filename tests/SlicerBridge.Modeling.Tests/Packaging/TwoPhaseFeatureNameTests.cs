using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Packaging;

namespace SlicerBridge.Modeling.Tests.Packaging;

public class TwoPhaseFeatureNameTests
{
    [Theory]
    [InlineData("arterial_original_shape_Sphericity", "arterial", "original", "shape", "Sphericity", "Original")]
    [InlineData("venous_log-sigma-3-0-mm-3D_firstorder_Mean", "venous", "log-sigma-3-0-mm-3D", "firstorder", "Mean", "LoG")]
    [InlineData("venous_log-sigma-1-mm-3D_glcm_Idmn", "venous", "log-sigma-1-mm-3D", "glcm", "Idmn", "LoG")]
    [InlineData("arterial_wavelet-HLL_glszm_ZoneEntropy", "arterial", "wavelet-HLL", "glszm", "ZoneEntropy", "Wavelet")]
    [InlineData("arterial_wavelet2-LLH_glrlm_RunEntropy", "arterial", "wavelet2-LLH", "glrlm", "RunEntropy", "Wavelet")]
    public void ParsesTheNamesOfTheComputedImageTypes(string text, string phase, string imageType, string featureClass, string feature, string key)
    {
        var name = TwoPhaseFeatureName.Parse(text);

        Assert.Equal(phase, name.Phase);
        Assert.Equal(imageType, name.Feature.ImageType);
        Assert.Equal(featureClass, name.Feature.FeatureClass);
        Assert.Equal(feature, name.Feature.Feature);
        Assert.Equal(key, name.ImageTypeKey);
        Assert.Equal(text, name.ToString());
    }

    [Theory]
    [InlineData("original_firstorder_Mean")]
    [InlineData("portal_original_firstorder_Mean")]
    [InlineData("arterial_original_firstorder")]
    [InlineData("arterial_original_firstorder_Mean_x")]
    [InlineData("arterial_Original_firstorder_Mean")]
    [InlineData("arterial_log-sigma-3.0-mm-3D_firstorder_Mean")]
    [InlineData("arterial_wavelet-HXL_firstorder_Mean")]
    [InlineData("arterial_original_firstorder_mean")]
    [InlineData("arterial_wavelet-LLL_shape_Sphericity")]
    [InlineData("arterial__firstorder_Mean")]
    [InlineData("venous_squareroot_ngtdm_Busyness")]
    public void RefusesAnythingElseIncludingImageTypesNotComputedNamingIt(string text)
    {
        var e = Assert.Throws<InvalidInputException>(() => TwoPhaseFeatureName.Parse(text, "features[3].name"));

        Assert.Equal("features[3].name", e.Where);
        Assert.Contains(text, e.Message, StringComparison.Ordinal);
    }
}
