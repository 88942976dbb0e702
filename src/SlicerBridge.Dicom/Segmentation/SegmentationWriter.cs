using System.Globalization;
using SlicerBridge.Dicom.Series;
using SlicerBridge.Imaging;

namespace SlicerBridge.Dicom.Segmentation;

/// <summary>
/// Writes a BINARY DICOM Segmentation of one segment on a CT series: one frame per slice that holds
/// any voxel (empty slices are omitted, as the standard allows), each frame positioned by
/// PlanePositionSequence and linked to its source slice, frames bit-packed back to back (first pixel
/// in bit 0), patient and study copied from the CT so the PACS files it with the study.
/// </summary>
public static class SegmentationWriter
{
    private static readonly DicomCode SourceImagePurpose = new("121322", "DCM", "Source image for image processing operation");
    private static readonly DicomCode SegmentationDerivation = new("113076", "DCM", "Segmentation");

    private static readonly DicomTag[] CopiedIfPresent = [DicomTag.SpecificCharacterSet, DicomTag.StudyDescription];

    // Type 2 in the Patient, General Study and Frame of Reference modules: present, empty if the CT has no value.
    private static readonly (DicomTag Tag, DicomVR VR)[] CopiedOrEmpty =
    [
        (DicomTag.PatientName, DicomVR.PN), (DicomTag.PatientID, DicomVR.LO), (DicomTag.PatientBirthDate, DicomVR.DA),
        (DicomTag.PatientSex, DicomVR.CS), (DicomTag.StudyDate, DicomVR.DA), (DicomTag.StudyTime, DicomVR.TM),
        (DicomTag.ReferringPhysicianName, DicomVR.PN), (DicomTag.StudyID, DicomVR.SH), (DicomTag.AccessionNumber, DicomVR.SH),
        (DicomTag.PositionReferenceIndicator, DicomVR.LO),
    ];

    public static DicomDataset CreateBinary(CtSeries source, RoiMask mask, SegmentDescription segment, SegmentationWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(mask);
        ArgumentNullException.ThrowIfNull(segment);
        options ??= SegmentationWriterOptions.Default;
        var grid = source.Volume.Geometry;
        if (!mask.Geometry.IsSameGrid(grid))
        {
            throw new InvalidInputException("the mask is not on the CT grid: " + mask.Geometry.DescribeDifference(grid), "segmentation mask");
        }

        if (mask.IsEmpty)
        {
            throw new InvalidInputException("the mask is empty; a segmentation needs at least one voxel", "segmentation mask");
        }

        if (segment.Number < 1 || segment.Number > ushort.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(segment), "segment numbers start at 1");
        }

        var dataset = new DicomDataset();
        foreach (var tag in CopiedIfPresent)
        {
            if (source.Header[tag] is { } item)
            {
                dataset.Add(item);
            }
        }

        foreach (var (tag, vr) in CopiedOrEmpty)
        {
            dataset.Add(source.Header[tag] ?? new DicomElement(tag, vr, ReadOnlyMemory<byte>.Empty));
        }

        dataset
            .AddString(DicomTag.StudyInstanceUID, DicomVR.UI, source.StudyInstanceUid)
            .AddString(DicomTag.FrameOfReferenceUID, DicomVR.UI, source.FrameOfReferenceUid);

        var when = options.ContentDateTime ?? DateTime.UtcNow;
        var date = when.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var time = when.ToString("HHmmss", CultureInfo.InvariantCulture);
        var sopInstanceUid = options.SopInstanceUid ?? DicomUid.Generate();
        dataset
            .AddString(DicomTag.SOPClassUID, DicomVR.UI, DicomUid.SegmentationStorage)
            .AddString(DicomTag.SOPInstanceUID, DicomVR.UI, sopInstanceUid)
            .AddString(DicomTag.Modality, DicomVR.CS, "SEG")
            .AddString(DicomTag.SeriesInstanceUID, DicomVR.UI, options.SeriesInstanceUid ?? DicomUid.Generate())
            .AddIntegerString(DicomTag.SeriesNumber, options.SeriesNumber)
            .AddString(DicomTag.SeriesDescription, DicomVR.LO, options.SeriesDescription)
            .AddIntegerString(DicomTag.InstanceNumber, 1)
            .AddString(DicomTag.ContentDate, DicomVR.DA, date)
            .AddString(DicomTag.ContentTime, DicomVR.TM, time)
            .AddString(DicomTag.SeriesDate, DicomVR.DA, date)
            .AddString(DicomTag.SeriesTime, DicomVR.TM, time)
            .AddString(DicomTag.ImageType, DicomVR.CS, "DERIVED", "PRIMARY")
            .AddString(DicomTag.ContentLabel, DicomVR.CS, options.ContentLabel)
            .AddString(DicomTag.ContentDescription, DicomVR.LO, segment.Label)
            .AddString(DicomTag.ContentCreatorName, DicomVR.PN, "")
            .AddString(DicomTag.Manufacturer, DicomVR.LO, options.Manufacturer)
            .AddString(DicomTag.ManufacturerModelName, DicomVR.LO, options.ManufacturerModelName)
            .AddString(DicomTag.DeviceSerialNumber, DicomVR.LO, options.DeviceSerialNumber)
            .AddString(DicomTag.SoftwareVersions, DicomVR.LO, options.SoftwareVersions)
            .AddUInt16(DicomTag.SamplesPerPixel, 1)
            .AddString(DicomTag.PhotometricInterpretation, DicomVR.CS, "MONOCHROME2")
            .AddUInt16(DicomTag.Rows, (ushort)grid.Size.Y)
            .AddUInt16(DicomTag.Columns, (ushort)grid.Size.X)
            .AddUInt16(DicomTag.BitsAllocated, 1)
            .AddUInt16(DicomTag.BitsStored, 1)
            .AddUInt16(DicomTag.HighBit, 0)
            .AddUInt16(DicomTag.PixelRepresentation, 0)
            .AddString(DicomTag.LossyImageCompression, DicomVR.CS, "00")
            .AddString(DicomTag.SegmentationType, DicomVR.CS, "BINARY")
            .AddString(DicomTag.SegmentsOverlap, DicomVR.CS, "NO")
            .AddSequence(DicomTag.SegmentSequence, SegmentItem(segment));

        var dimensionOrganization = DicomUid.FromName(sopInstanceUid + "/dimensions");
        dataset.AddSequence(
            DicomTag.DimensionOrganizationSequence,
            new DicomDataset().AddString(DicomTag.DimensionOrganizationUID, DicomVR.UI, dimensionOrganization));
        dataset.AddSequence(
            DicomTag.DimensionIndexSequence,
            DimensionIndex(dimensionOrganization, DicomTag.ReferencedSegmentNumber, DicomTag.SegmentIdentificationSequence, "ReferencedSegmentNumber"),
            DimensionIndex(dimensionOrganization, DicomTag.ImagePositionPatient, DicomTag.PlanePositionSequence, "ImagePositionPatient"));
        dataset.AddSequence(DicomTag.SharedFunctionalGroupsSequence, SharedGroups(source));

        var sliceLength = grid.Size.X * grid.Size.Y;
        var slices = Enumerable.Range(0, grid.Size.Z)
            .Where(z => mask.Voxels.AsSpan(z * sliceLength, sliceLength).ContainsAnyExcept((byte)0))
            .ToList();
        dataset.AddSequence(
            DicomTag.PerFrameFunctionalGroupsSequence,
            slices.Select(z => FrameGroups(source, segment.Number, z)).ToArray());
        dataset.AddIntegerString(DicomTag.NumberOfFrames, slices.Count);
        dataset.AddSequence(DicomTag.ReferencedSeriesSequence, ReferencedSeries(source));
        dataset.AddBytes(DicomTag.PixelData, DicomVR.OB, PackFrames(mask.Voxels, slices, sliceLength));
        return dataset;
    }

    private static DicomDataset SegmentItem(SegmentDescription segment)
    {
        var item = new DicomDataset()
            .AddUInt16(DicomTag.SegmentNumber, (ushort)segment.Number)
            .AddString(DicomTag.SegmentLabel, DicomVR.LO, segment.Label)
            .AddString(DicomTag.SegmentAlgorithmType, DicomVR.CS, segment.AlgorithmType)
            .AddSequence(DicomTag.SegmentedPropertyCategoryCodeSequence, segment.Category.ToDataset())
            .AddSequence(DicomTag.SegmentedPropertyTypeCodeSequence, segment.Type.ToDataset());
        if (segment.AlgorithmName is { } name)
        {
            item.AddString(DicomTag.SegmentAlgorithmName, DicomVR.LO, name);
        }

        return item;
    }

    private static DicomDataset DimensionIndex(string organization, DicomTag pointer, DicomTag group, string label) =>
        new DicomDataset()
            .AddString(DicomTag.DimensionOrganizationUID, DicomVR.UI, organization)
            .AddAttributeTag(DicomTag.DimensionIndexPointer, pointer)
            .AddAttributeTag(DicomTag.FunctionalGroupPointer, group)
            .AddString(DicomTag.DimensionDescriptionLabel, DicomVR.LO, label);

    private static DicomDataset SharedGroups(CtSeries source)
    {
        var geometry = source.Volume.Geometry;
        var row = geometry.Direction.Column(0);
        var column = geometry.Direction.Column(1);
        var measures = new DicomDataset()
            .AddDecimalString(DicomTag.PixelSpacing, geometry.Spacing.Y, geometry.Spacing.X)
            .AddDecimalString(DicomTag.SliceThickness, geometry.Spacing.Z)
            .AddDecimalString(DicomTag.SpacingBetweenSlices, geometry.Spacing.Z);
        var orientation = new DicomDataset()
            .AddDecimalString(DicomTag.ImageOrientationPatient, row.X, row.Y, row.Z, column.X, column.Y, column.Z);
        return new DicomDataset()
            .AddSequence(DicomTag.PixelMeasuresSequence, measures)
            .AddSequence(DicomTag.PlaneOrientationSequence, orientation);
    }

    private static DicomDataset FrameGroups(CtSeries source, int segmentNumber, int z)
    {
        var position = source.Volume.Geometry.IndexToPhysical(0, 0, z);
        var sourceImage = new DicomDataset()
            .AddString(DicomTag.ReferencedSOPClassUID, DicomVR.UI, source.SopClassUid)
            .AddString(DicomTag.ReferencedSOPInstanceUID, DicomVR.UI, source.SopInstanceUids[z])
            .AddSequence(DicomTag.PurposeOfReferenceCodeSequence, SourceImagePurpose.ToDataset());
        var derivation = new DicomDataset()
            .AddSequence(DicomTag.DerivationCodeSequence, SegmentationDerivation.ToDataset())
            .AddSequence(DicomTag.SourceImageSequence, sourceImage);
        return new DicomDataset()
            .AddSequence(DicomTag.DerivationImageSequence, derivation)
            .AddSequence(DicomTag.FrameContentSequence, new DicomDataset().AddUInt32(DicomTag.DimensionIndexValues, (uint)segmentNumber, (uint)(z + 1)))
            .AddSequence(DicomTag.PlanePositionSequence, new DicomDataset().AddDecimalString(DicomTag.ImagePositionPatient, position.X, position.Y, position.Z))
            .AddSequence(DicomTag.SegmentIdentificationSequence, new DicomDataset().AddUInt16(DicomTag.ReferencedSegmentNumber, (ushort)segmentNumber));
    }

    private static DicomDataset ReferencedSeries(CtSeries source)
    {
        var instances = source.SopInstanceUids
            .Select(uid => new DicomDataset()
                .AddString(DicomTag.ReferencedSOPClassUID, DicomVR.UI, source.SopClassUid)
                .AddString(DicomTag.ReferencedSOPInstanceUID, DicomVR.UI, uid))
            .ToArray();
        return new DicomDataset()
            .AddString(DicomTag.SeriesInstanceUID, DicomVR.UI, source.SeriesInstanceUid)
            .AddSequence(DicomTag.ReferencedInstanceSequence, instances);
    }

    /// <summary>Packs the chosen slices back to back, pixel i of the stream in bit i % 8 of byte i / 8.</summary>
    private static byte[] PackFrames(byte[] voxels, List<int> slices, int sliceLength)
    {
        var packed = new byte[((long)slices.Count * sliceLength + 7) / 8];
        long bit = 0;
        foreach (var z in slices)
        {
            var slice = voxels.AsSpan(z * sliceLength, sliceLength);
            for (var i = 0; i < slice.Length; i++, bit++)
            {
                if (slice[i] != 0)
                {
                    packed[bit >> 3] |= (byte)(1 << (int)(bit & 7));
                }
            }
        }

        return packed;
    }
}
