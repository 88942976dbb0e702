using SlicerBridge.Dicom.Series;

namespace SlicerBridge.Dicom.Tests.Support;

/// <summary>
/// A FRACTIONAL (8-bit PROBABILITY) SEG built attribute by attribute, independent of SegmentationWriter,
/// with one segment. One chosen frame carries no PlanePositionSequence, so it can only be placed by its
/// source image reference.
/// </summary>
internal static class FractionalSegmentation
{
    public static DicomDataset Create(CtSeries series, Func<int, bool> positioned, Func<int, int, byte> value, int maximum, int placeBySourceOnly)
    {
        var geometry = series.Volume.Geometry;
        var sliceLength = geometry.Size.X * geometry.Size.Y;
        var slices = Enumerable.Range(0, geometry.Size.Z).Where(z => positioned(z) || z == placeBySourceOnly).ToList();
        var pixels = new byte[slices.Count * sliceLength];
        var groups = new List<DicomDataset>();
        for (var f = 0; f < slices.Count; f++)
        {
            var z = slices[f];
            for (var i = 0; i < sliceLength; i++)
            {
                pixels[f * sliceLength + i] = value(z, i);
            }

            var group = new DicomDataset()
                .AddSequence(DicomTag.SegmentIdentificationSequence, new DicomDataset().AddUInt16(DicomTag.ReferencedSegmentNumber, 1))
                .AddSequence(DicomTag.DerivationImageSequence, new DicomDataset().AddSequence(
                    DicomTag.SourceImageSequence,
                    new DicomDataset()
                        .AddString(DicomTag.ReferencedSOPClassUID, DicomVR.UI, DicomUid.CTImageStorage)
                        .AddString(DicomTag.ReferencedSOPInstanceUID, DicomVR.UI, series.SopInstanceUids[z])));
            if (z != placeBySourceOnly)
            {
                var p = geometry.IndexToPhysical(0, 0, z);
                group.AddSequence(DicomTag.PlanePositionSequence, new DicomDataset().AddDecimalString(DicomTag.ImagePositionPatient, p.X, p.Y, p.Z));
            }

            groups.Add(group);
        }

        var row = geometry.Direction.Column(0);
        var column = geometry.Direction.Column(1);
        return new DicomDataset()
            .AddString(DicomTag.SOPClassUID, DicomVR.UI, DicomUid.SegmentationStorage)
            .AddString(DicomTag.SOPInstanceUID, DicomVR.UI, DicomUid.FromName("fractional-seg"))
            .AddString(DicomTag.FrameOfReferenceUID, DicomVR.UI, series.FrameOfReferenceUid)
            .AddString(DicomTag.SegmentationType, DicomVR.CS, "FRACTIONAL")
            .AddString(DicomTag.SegmentationFractionalType, DicomVR.CS, "PROBABILITY")
            .AddUInt16(DicomTag.MaximumFractionalValue, (ushort)maximum)
            .AddUInt16(DicomTag.Rows, (ushort)geometry.Size.Y)
            .AddUInt16(DicomTag.Columns, (ushort)geometry.Size.X)
            .AddUInt16(DicomTag.BitsAllocated, 8)
            .AddIntegerString(DicomTag.NumberOfFrames, slices.Count)
            .AddSequence(DicomTag.SegmentSequence, new DicomDataset().AddUInt16(DicomTag.SegmentNumber, 1).AddString(DicomTag.SegmentLabel, DicomVR.LO, "Tumour"))
            .AddSequence(DicomTag.SharedFunctionalGroupsSequence, new DicomDataset().AddSequence(
                DicomTag.PlaneOrientationSequence,
                new DicomDataset().AddDecimalString(DicomTag.ImageOrientationPatient, row.X, row.Y, row.Z, column.X, column.Y, column.Z)))
            .AddSequence(DicomTag.PerFrameFunctionalGroupsSequence, groups.ToArray())
            .AddBytes(DicomTag.PixelData, DicomVR.OB, pixels);
    }
}
