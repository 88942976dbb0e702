using System.Reflection;

namespace SlicerBridge.Dicom.Tests;

public sealed class DicomDictionaryTests
{
    [Fact]
    public void EveryNamedTagIsInTheDictionaryUnderItsOwnName()
    {
        var named = typeof(DicomTag).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DicomTag) && ((DicomTag)f.GetValue(null)!).Group != 0xFFFE)
            .ToList();

        Assert.True(named.Count > 100);
        Assert.All(named, f => Assert.Equal(f.Name, DicomDictionary.KeywordOf((DicomTag)f.GetValue(null)!)));
    }

    [Fact]
    public void ImplicitVRFallbacksFollowPs35()
    {
        Assert.Equal(DicomVR.UL, DicomDictionary.VROf(new DicomTag(0x0009, 0x0000)));
        Assert.Equal(DicomVR.UN, DicomDictionary.VROf(new DicomTag(0x0009, 0x1010)));
        Assert.Equal(DicomVR.OW, DicomDictionary.VROf(DicomTag.PixelData));
        Assert.True(DicomDictionary.TryGetTag("ImagePositionPatient", out var tag));
        Assert.Equal(DicomTag.ImagePositionPatient, tag);
    }
}
