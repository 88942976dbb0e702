using SlicerBridge.Dicom.Series;
using SlicerBridge.Dicom.Tests.Support;
using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Testing;
using SlicerBridge.Testing.Dicom;

namespace SlicerBridge.Dicom.Tests.Series;

public sealed class CtSeriesAssemblerTests
{
    // Positions and directions pass through 16-character DS strings.
    private const double GeometryTolerance = 1e-9;

    public static TheoryData<string> Phases => new() { "arterial", "portal" };

    [Theory]
    [MemberData(nameof(Phases))]
    public void AssemblesGeometryAndHounsfieldUnitsOfTheSource(string key)
    {
        var truth = SyntheticStudy.Create(key == "arterial" ? SyntheticPhase.Arterial : SyntheticPhase.Portal);

        var series = new CtSeriesAssembler().Assemble(truth.ReadBack());

        AssertGeometry(truth.Geometry, series.Volume.Geometry);
        Assert.Equal(PixelType.Int16, series.Volume.PixelType);
        Assert.Equal(truth.Hu, series.Volume.ToDoubleArray());
        Assert.Equal(truth.SopInstanceUidsByZ, series.SopInstanceUids);
        Assert.Equal(truth.SeriesInstanceUid, series.SeriesInstanceUid);
        Assert.False(series.Header.Contains(DicomTag.PixelData));
    }

    [Fact]
    public void ObliquePhaseKeepsItsTiltedDirection()
    {
        var truth = SyntheticStudy.Create(SyntheticPhase.Portal);

        var direction = new CtSeriesAssembler().Assemble(truth.ReadBack()).Volume.Geometry.Direction;

        var tilt = 20 * Math.PI / 180;
        Assert.Equal(0, direction.Column(2).X, GeometryTolerance);
        Assert.Equal(-Math.Sin(tilt), direction.Column(2).Y, GeometryTolerance);
        Assert.Equal(Math.Cos(tilt), direction.Column(2).Z, GeometryTolerance);
    }

    [Fact]
    public void FractionalRescaleGivesFloatVolume()
    {
        var truth = SyntheticStudy.Create(SyntheticPhase.Arterial with { Slope = 0.5, Intercept = -1024.25 });

        var volume = new CtSeriesAssembler().Assemble(truth.ReadBack()).Volume;

        Assert.Equal(PixelType.Float32, volume.PixelType);
        Assert.Equal(truth.Hu.Select(v => (double)(float)v), volume.ToDoubleArray());
    }

    [Fact]
    public void RescaledValuesOutsideInt16GiveFloatVolume()
    {
        var slice = DicomFile.Open(Fixtures.Path("dicom-real", "HCC_001.dcm")).Dataset;
        slice.AddDecimalString(DicomTag.RescaleIntercept, 40000);

        var volume = new CtSeriesAssembler(new CtSeriesOptions { AllowSingleSlice = true }).Assemble([slice]).Volume;

        Assert.Equal(PixelType.Float32, volume.PixelType);
        Assert.Equal(DcmtkExport.StoredValues("HCC_001").Select(v => v + 40000.0), volume.ToDoubleArray());
    }

    [Fact]
    public void MissingSliceIsReportedAsAGap()
    {
        var slices = Sorted(SyntheticStudy.Create(SyntheticPhase.Arterial));
        slices.RemoveAt(7);

        var error = Assert.Throws<InvalidInputException>(() => new CtSeriesAssembler().Assemble(slices, "series"));

        Assert.Contains("gap of 5 mm", error.Message, StringComparison.Ordinal);
        Assert.Contains("about 1 missing slice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicatePositionIsRejected()
    {
        var slices = Sorted(SyntheticStudy.Create(SyntheticPhase.Arterial));
        var copy = Copy(slices[3]).AddString(DicomTag.SOPInstanceUID, DicomVR.UI, DicomUid.FromName("duplicate"));
        slices.Add(copy);

        var error = Assert.Throws<InvalidInputException>(() => new CtSeriesAssembler().Assemble(slices));

        Assert.Contains("duplicate slice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalizerWithAnotherOrientationIsRejected()
    {
        var slices = Sorted(SyntheticStudy.Create(SyntheticPhase.Arterial));
        slices[5] = Copy(slices[5]).AddDecimalString(DicomTag.ImageOrientationPatient, 1, 0, 0, 0, 0, -1);

        var error = Assert.Throws<InvalidInputException>(() => new CtSeriesAssembler().Assemble(slices));

        Assert.Contains("ImageOrientationPatient differs", error.Message, StringComparison.Ordinal);
        Assert.Contains("localizer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MixedSizesAreRejected()
    {
        var slices = Sorted(SyntheticStudy.Create(SyntheticPhase.Arterial));
        slices[2] = Copy(slices[2]).AddUInt16(DicomTag.Columns, 24);

        var error = Assert.Throws<InvalidInputException>(() => new CtSeriesAssembler().Assemble(slices));

        Assert.Contains("slices differ in size", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShearedStackIsRejected()
    {
        var slices = Sorted(SyntheticStudy.Create(SyntheticPhase.Arterial));
        for (var k = 0; k < slices.Count; k++)
        {
            var p = slices[k].GetDoubles(DicomTag.ImagePositionPatient);
            slices[k] = Copy(slices[k]).AddDecimalString(DicomTag.ImagePositionPatient, p[0], p[1] + 0.5 * k, p[2]);
        }

        var error = Assert.Throws<InvalidInputException>(() => new CtSeriesAssembler().Assemble(slices));

        Assert.Contains("gantry tilt", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0x0028, 0x0030, "PixelSpacing (0028,0030)")]
    [InlineData(0x0020, 0x0032, "ImagePositionPatient (0020,0032)")]
    [InlineData(0x0028, 0x1053, "RescaleSlope (0028,1053)")]
    [InlineData(0x7FE0, 0x0010, "PixelData (7FE0,0010)")]
    public void MissingAttributeIsNamedWithTheSlice(ushort group, ushort element, string expected)
    {
        var slices = Sorted(SyntheticStudy.Create(SyntheticPhase.Arterial));
        var broken = Copy(slices[4]);
        broken.Remove(new DicomTag(group, element));
        slices[4] = broken;

        var error = Assert.Throws<InvalidInputException>(() => new CtSeriesAssembler().Assemble(slices, "input"));

        Assert.Contains("missing attribute " + expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("slice 4 (InstanceNumber 16)", error.Where, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoSeriesAreNotMixed()
    {
        var slices = SyntheticStudy.Create(SyntheticPhase.Arterial).ReadBack()
            .Concat(SyntheticStudy.Create(SyntheticPhase.Portal).ReadBack()).ToList();

        var error = Assert.Throws<InvalidInputException>(() => new CtSeriesAssembler().Assemble(slices));
        var groups = CtSeriesAssembler.GroupBySeries(slices);

        Assert.Contains("2 series", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, groups.Count);
        Assert.All(groups.Values, g => Assert.Equal(20, g.Count));
    }

    [Fact]
    public void SingleSliceNeedsToBeAllowed()
    {
        var slice = DicomFile.Open(Fixtures.Path("dicom-real", "HCC_001.dcm")).Dataset;

        Assert.Throws<InvalidInputException>(() => new CtSeriesAssembler().Assemble([slice]));
        var series = new CtSeriesAssembler(new CtSeriesOptions { AllowSingleSlice = true }).Assemble([slice]);

        // HCC_001: 512x512, PixelSpacing 0.78125, SliceThickness 2.5, IPP (-213.100006, -183.300003, -63.029999).
        Assert.Equal(new Size3(512, 512, 1), series.Volume.Size);
        Assert.Equal(new Vec3(0.78125, 0.78125, 2.5), series.Volume.Geometry.Spacing);
        Assert.Equal(new Vec3(-213.100006, -183.300003, -63.029999), series.Volume.Geometry.Origin);
        Assert.Equal(PixelType.Int16, series.Volume.PixelType);
    }

    [Theory]
    [InlineData("HCC_001")]
    [InlineData("HCC_008")]
    [InlineData("HCC_050")]
    public void RealSliceHounsfieldUnitsAreDcmtkStoredValuesRescaled(string name)
    {
        var slice = DicomFile.Open(Fixtures.Path("dicom-real", name + ".dcm")).Dataset;
        var stored = DcmtkExport.StoredValues(name);
        var (slope, intercept) = DcmtkExport.Rescale(name);

        var volume = new CtSeriesAssembler(new CtSeriesOptions { AllowSingleSlice = true }).Assemble([slice]).Volume;

        Assert.Equal(stored.Select(v => v * slope + intercept), volume.ToDoubleArray());
    }

    private static void AssertGeometry(ImageGeometry expected, ImageGeometry actual)
    {
        Assert.Equal(expected.Size, actual.Size);
        for (var axis = 0; axis < 3; axis++)
        {
            Assert.Equal(expected.Spacing[axis], actual.Spacing[axis], GeometryTolerance);
            Assert.Equal(expected.Origin[axis], actual.Origin[axis], GeometryTolerance);
            for (var column = 0; column < 3; column++)
            {
                Assert.Equal(expected.Direction[axis, column], actual.Direction[axis, column], GeometryTolerance);
            }
        }
    }

    private static List<DicomDataset> Sorted(SyntheticSeries series) =>
        series.ReadBack().OrderBy(d => -d.GetDoubles(DicomTag.InstanceNumber)[0]).ToList();

    private static DicomDataset Copy(DicomDataset source)
    {
        var copy = new DicomDataset();
        foreach (var item in source.Items)
        {
            copy.Add(item);
        }

        return copy;
    }
}
