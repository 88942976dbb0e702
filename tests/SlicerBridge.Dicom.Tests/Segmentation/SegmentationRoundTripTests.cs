using SlicerBridge.Dicom.IO;
using SlicerBridge.Dicom.Segmentation;
using SlicerBridge.Dicom.Series;
using SlicerBridge.Dicom.Tests.Support;
using SlicerBridge.Imaging;
using SlicerBridge.Testing.Dicom;

namespace SlicerBridge.Dicom.Tests.Segmentation;

public sealed class SegmentationRoundTripTests
{
    private static readonly SegmentDescription Tumour = new(
        1, "Tumour", new DicomCode("49755003", "SCT", "Morphologically Altered Structure"), new DicomCode("4147007", "SCT", "Mass"));

    public static TheoryData<string, string> Cases => new()
    {
        { "arterial", "1.2.840.10008.1.2.1" },
        { "portal", "1.2.840.10008.1.2" },
        { "arterial", "1.2.840.10008.1.2.1.99" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void WrittenSegmentationMapsBackOntoTheSourceMask(string phase, string syntax)
    {
        var truth = SyntheticStudy.Create(phase == "arterial" ? SyntheticPhase.Arterial : SyntheticPhase.Portal);
        var series = new CtSeriesAssembler().Assemble(truth.ReadBack());
        var mask = new RoiMask(series.Volume.Geometry, truth.Tumour);

        var seg = SegmentationWriter.CreateBinary(series, mask, Tumour);
        var bytes = new DicomFile(seg).ToBytes(new DicomWriterOptions { TransferSyntax = TransferSyntax.Lookup(syntax) });
        var read = DicomSegmentation.Read(DicomFile.Read(bytes).Dataset);
        var roundTrip = read.ToMask(1, series);

        Assert.True(mask.VoxelCount > 100, "the phantom tumour should span several slices");
        Assert.Equal(truth.Tumour, roundTrip.Voxels);
        Assert.Equal(SegmentationType.Binary, read.Type);
        Assert.Equal(truth.SeriesInstanceUid, read.ReferencedSeriesInstanceUid);
        Assert.Equal(Tumour, Assert.Single(read.Segments));
        var slicesWithTumour = Enumerable.Range(0, truth.Phase.Slices)
            .Count(z => truth.Tumour.AsSpan(z * truth.Phase.Columns * truth.Phase.Rows, truth.Phase.Columns * truth.Phase.Rows).Contains((byte)1));
        Assert.Equal(slicesWithTumour, read.Frames.Count);
        Assert.All(read.Frames, f => Assert.Contains(f.SourceSopInstanceUid, truth.SopInstanceUidsByZ));
    }

    [Theory]
    [InlineData(48, 40)]
    [InlineData(47, 39)]
    public void BinaryFramesArePackedBackToBackFromBitZero(int columns, int rows)
    {
        // Bit k of the stream is pixel k % (columns x rows) of frame k / (columns x rows); with 47x39 = 1833
        // pixels frames do not start on byte boundaries.
        var truth = SyntheticStudy.Create(SyntheticPhase.Arterial with { Columns = columns, Rows = rows });
        var series = new CtSeriesAssembler().Assemble(truth.ReadBack());
        var seg = SegmentationWriter.CreateBinary(series, new RoiMask(series.Volume.Geometry, truth.Tumour), Tumour);

        var packed = seg.GetElement(DicomTag.PixelData)!.Value.ToArray();
        var frames = DicomSegmentation.Read(seg).Frames;
        Assert.Equal(truth.Tumour, DicomSegmentation.Read(seg).ToMask(1, series).Voxels);
        var sliceLength = columns * rows;
        for (var f = 0; f < frames.Count; f++)
        {
            var z = truth.SopInstanceUidsByZ.ToList().IndexOf(frames[f].SourceSopInstanceUid!);
            for (var i = 0; i < sliceLength; i++)
            {
                var bit = (long)f * sliceLength + i;
                Assert.Equal(truth.Tumour[z * sliceLength + i], (packed[bit / 8] >> (int)(bit % 8)) & 1);
            }
        }
    }

    [Fact]
    public void FractionalSegmentationIsThresholdedAtHalfTheMaximum()
    {
        var truth = SyntheticStudy.Create(SyntheticPhase.Arterial);
        var series = new CtSeriesAssembler().Assemble(truth.ReadBack());
        var seg = FractionalSegmentation.Create(series, z => z == 10, (z, i) => (byte)((i * 37 + z) % 256), maximum: 200, placeBySourceOnly: 11);

        var mask = DicomSegmentation.Read(DicomFile.Read(new DicomFile(seg).ToBytes()).Dataset).ToMask(1, series);

        var sliceLength = 48 * 40;
        for (var z = 0; z < truth.Phase.Slices; z++)
        {
            for (var i = 0; i < sliceLength; i++)
            {
                var expected = (z == 10 || z == 11) && (i * 37 + z) % 256 >= 100 ? 1 : 0;
                Assert.Equal(expected, mask.Voxels[z * sliceLength + i]);
            }
        }
    }

    [Fact]
    public void UnknownSegmentAndForeignFrameOfReferenceAreRejected()
    {
        var truth = SyntheticStudy.Create(SyntheticPhase.Arterial);
        var series = new CtSeriesAssembler().Assemble(truth.ReadBack());
        var seg = SegmentationWriter.CreateBinary(series, new RoiMask(series.Volume.Geometry, truth.Tumour), Tumour);
        var read = DicomSegmentation.Read(seg);

        Assert.Contains("segment 2 is not in the segmentation", Assert.Throws<InvalidInputException>(() => read.ToMask(2, series)).Message, StringComparison.Ordinal);
        seg.AddString(DicomTag.FrameOfReferenceUID, DicomVR.UI, "1.2.3");
        Assert.Contains("FrameOfReferenceUID", Assert.Throws<InvalidInputException>(() => DicomSegmentation.Read(seg).ToMask(1, series)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SegmentationOnAnotherGridIsRejected()
    {
        var arterial = new CtSeriesAssembler().Assemble(SyntheticStudy.Create(SyntheticPhase.Arterial).ReadBack());
        var portal = new CtSeriesAssembler().Assemble(SyntheticStudy.Create(SyntheticPhase.Portal).ReadBack());
        var truth = SyntheticStudy.Create(SyntheticPhase.Arterial);
        var seg = DicomSegmentation.Read(SegmentationWriter.CreateBinary(arterial, new RoiMask(arterial.Volume.Geometry, truth.Tumour), Tumour));

        var error = Assert.Throws<InvalidInputException>(() => seg.ToMask(1, portal));

        Assert.Contains("not oriented like the image", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PerFrameOrientationIsUsedAndChecked()
    {
        var truth = SyntheticStudy.Create(SyntheticPhase.Portal);
        var series = new CtSeriesAssembler().Assemble(truth.ReadBack());
        var seg = SegmentationWriter.CreateBinary(series, new RoiMask(series.Volume.Geometry, truth.Tumour), Tumour);
        var orientation = seg.GetFirstItem(DicomTag.SharedFunctionalGroupsSequence)!.GetSequence(DicomTag.PlaneOrientationSequence)!;
        seg.AddSequence(DicomTag.SharedFunctionalGroupsSequence, new DicomDataset());
        var frames = seg.GetSequence(DicomTag.PerFrameFunctionalGroupsSequence)!.Items;
        foreach (var frame in frames)
        {
            frame.Add(orientation);
        }

        Assert.Equal(truth.Tumour, DicomSegmentation.Read(seg).ToMask(1, series).Voxels);

        frames[1].AddSequence(DicomTag.PlaneOrientationSequence, new DicomDataset().AddDecimalString(DicomTag.ImageOrientationPatient, 1, 0, 0, 0, 1, 0));
        var error = Assert.Throws<InvalidInputException>(() => DicomSegmentation.Read(seg).ToMask(1, series));
        Assert.Contains("frame 2 is not oriented like the image", error.Message, StringComparison.Ordinal);

        foreach (var frame in frames)
        {
            frame.Remove(DicomTag.PlaneOrientationSequence);
        }

        Assert.Contains("PlaneOrientationSequence", Assert.Throws<InvalidInputException>(() => DicomSegmentation.Read(seg)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyMaskIsRejected()
    {
        var series = new CtSeriesAssembler().Assemble(SyntheticStudy.Create(SyntheticPhase.Arterial).ReadBack());
        var empty = new RoiMask(series.Volume.Geometry, new byte[series.Volume.VoxelCount]);

        Assert.Throws<InvalidInputException>(() => SegmentationWriter.CreateBinary(series, empty, Tumour));
    }
}
