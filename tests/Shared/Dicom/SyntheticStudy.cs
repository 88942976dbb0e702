using SlicerBridge.Dicom;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Testing.Dicom;

/// <summary>
/// Writes a deterministic two-phase liver CT study with the project's own dataset API: an air
/// background, a body ellipse, a liver ellipsoid and a tumour sphere (LPS mm), integer HU plus seeded
/// noise. Files come out in InstanceNumber order (1 = most superior) and shuffled, so loaders must
/// sort by position. The truth is computed here directly from the phantom, not by the code under test.
/// </summary>
internal static class SyntheticStudy
{
    public const string PatientName = "Synthétique^Foie";

    private static readonly Vec3 Centre = new(0, 0, -150);

    public static SyntheticSeries Create(SyntheticPhase phase, string uidSeed = "synthetic-study")
    {
        var tilt = phase.TiltDegrees * Math.PI / 180;
        var row = new Vec3(1, 0, 0);
        var column = new Vec3(0, Math.Cos(tilt), Math.Sin(tilt));
        var normal = new Vec3(0, -Math.Sin(tilt), Math.Cos(tilt));
        var origin = Centre
            + (-(phase.Columns - 1) / 2.0 * phase.ColumnSpacing) * row
            + (-(phase.Rows - 1) / 2.0 * phase.RowSpacing) * column
            + (-(phase.Slices - 1) / 2.0 * phase.SliceSpacing) * normal;
        var geometry = new ImageGeometry(
            new Size3(phase.Columns, phase.Rows, phase.Slices),
            new Vec3(phase.ColumnSpacing, phase.RowSpacing, phase.SliceSpacing),
            origin,
            Matrix3.FromColumns(row, column, normal));

        var random = new Random(1000 + phase.SeriesNumber);
        var sliceLength = phase.Columns * phase.Rows;
        var hu = new double[geometry.VoxelCount];
        var tumour = new byte[geometry.VoxelCount];
        var seriesUid = DicomUid.FromName($"{uidSeed}/series/{phase.Key}");
        var studyUid = DicomUid.FromName($"{uidSeed}/study");
        var frameOfReferenceUid = DicomUid.FromName($"{uidSeed}/for");
        var files = new List<DicomFile>();
        var uids = new List<string>();
        for (var z = 0; z < phase.Slices; z++)
        {
            var stored = new short[sliceLength];
            for (var y = 0; y < phase.Rows; y++)
            {
                for (var x = 0; x < phase.Columns; x++)
                {
                    var i = y * phase.Columns + x;
                    var (value, isTumour) = Phantom(geometry.IndexToPhysical(x, y, z), phase, random);
                    stored[i] = checked((short)Math.Round((value - phase.Intercept) / phase.Slope));
                    hu[z * sliceLength + i] = stored[i] * phase.Slope + phase.Intercept;
                    tumour[z * sliceLength + i] = isTumour ? (byte)1 : (byte)0;
                }
            }

            var sop = DicomUid.FromName($"{uidSeed}/{phase.Key}/{z}");
            uids.Add(sop);
            files.Add(Slice(phase, (studyUid, seriesUid, frameOfReferenceUid), sop, geometry.IndexToPhysical(0, 0, z), row, column, phase.Slices - z, stored));
        }

        // Deterministic shuffle: the loader must not depend on input order.
        var order = files.Select((f, i) => (f, key: (i * 7919) % files.Count)).OrderBy(p => p.key).Select(p => p.f).ToList();
        return new SyntheticSeries(phase, studyUid, seriesUid, order, geometry, hu, tumour, uids);
    }

    /// <summary>HU at a point (integer tissue value plus noise inside the body) and whether it is tumour.</summary>
    private static (double Hu, bool Tumour) Phantom(Vec3 p, SyntheticPhase phase, Random random)
    {
        var arterial = phase.Key == "arterial";
        if (Sq(p.X / 46) + Sq(p.Y / 36) > 1)
        {
            return (-1000, false);
        }

        var noise = random.Next(-8, 9);
        if (Sq((p.X + 18) / 9) + Sq(p.Y / 9) + Sq((p.Z + 150) / 9) <= 1)
        {
            return ((arterial ? 160 : 80) + noise, true);
        }

        if (Sq((p.X + 14) / 26) + Sq((p.Y + 2) / 22) + Sq((p.Z + 150) / 40) <= 1)
        {
            return ((arterial ? 70 : 120) + noise, false);
        }

        return (30 + noise, false);
    }

    private static double Sq(double v) => v * v;

    private static DicomFile Slice(SyntheticPhase phase, (string Study, string Series, string FrameOfReference) uids, string sop, Vec3 position, Vec3 row, Vec3 column, int instanceNumber, short[] stored)
    {
        var pixels = new byte[stored.Length * 2];
        Buffer.BlockCopy(stored, 0, pixels, 0, pixels.Length);
        var dataset = new DicomDataset()
            .AddString(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100")
            .AddString(DicomTag.ImageType, DicomVR.CS, "ORIGINAL", "PRIMARY", "AXIAL")
            .AddString(DicomTag.SOPClassUID, DicomVR.UI, DicomUid.CTImageStorage)
            .AddString(DicomTag.SOPInstanceUID, DicomVR.UI, sop)
            .AddString(DicomTag.StudyDate, DicomVR.DA, "20240102")
            .AddString(DicomTag.StudyTime, DicomVR.TM, "101500")
            .AddString(DicomTag.AccessionNumber, DicomVR.SH, "ACC0001")
            .AddString(DicomTag.Modality, DicomVR.CS, "CT")
            .AddString(DicomTag.Manufacturer, DicomVR.LO, "SlicerBridge tests")
            .AddString(DicomTag.ReferringPhysicianName, DicomVR.PN, "")
            .AddString(DicomTag.SeriesDescription, DicomVR.LO, "CT " + phase.Key + " phase")
            .AddString(DicomTag.PatientName, DicomVR.PN, PatientName)
            .AddString(DicomTag.PatientID, DicomVR.LO, "SYNTH-0001")
            .AddString(DicomTag.PatientBirthDate, DicomVR.DA, "19600101")
            .AddString(DicomTag.PatientSex, DicomVR.CS, "O")
            .AddDecimalString(DicomTag.SliceThickness, phase.SliceSpacing)
            .AddString(DicomTag.StudyInstanceUID, DicomVR.UI, uids.Study)
            .AddString(DicomTag.SeriesInstanceUID, DicomVR.UI, uids.Series)
            .AddString(DicomTag.StudyID, DicomVR.SH, "1")
            .AddIntegerString(DicomTag.SeriesNumber, phase.SeriesNumber)
            .AddIntegerString(DicomTag.InstanceNumber, instanceNumber)
            .AddDecimalString(DicomTag.ImagePositionPatient, position.X, position.Y, position.Z)
            .AddDecimalString(DicomTag.ImageOrientationPatient, row.X, row.Y, row.Z, column.X, column.Y, column.Z)
            .AddString(DicomTag.FrameOfReferenceUID, DicomVR.UI, uids.FrameOfReference)
            .AddString(DicomTag.PositionReferenceIndicator, DicomVR.LO, "")
            .AddUInt16(DicomTag.SamplesPerPixel, 1)
            .AddString(DicomTag.PhotometricInterpretation, DicomVR.CS, "MONOCHROME2")
            .AddUInt16(DicomTag.Rows, (ushort)phase.Rows)
            .AddUInt16(DicomTag.Columns, (ushort)phase.Columns)
            .AddDecimalString(DicomTag.PixelSpacing, phase.RowSpacing, phase.ColumnSpacing)
            .AddUInt16(DicomTag.BitsAllocated, 16)
            .AddUInt16(DicomTag.BitsStored, 16)
            .AddUInt16(DicomTag.HighBit, 15)
            .AddUInt16(DicomTag.PixelRepresentation, 1)
            .AddDecimalString(DicomTag.RescaleIntercept, phase.Intercept)
            .AddDecimalString(DicomTag.RescaleSlope, phase.Slope)
            .AddString(DicomTag.RescaleType, DicomVR.LO, "HU")
            .AddBytes(DicomTag.PixelData, DicomVR.OW, pixels);
        return new DicomFile(dataset);
    }
}
