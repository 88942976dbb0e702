using System.Buffers.Binary;
using System.IO.Compression;
using SlicerBridge.Imaging;

namespace SlicerBridge.Dicom.IO;

/// <summary>
/// Writes Part 10 files: preamble, "DICM", the meta group with its group length, then the dataset in
/// the chosen little-endian syntax. Sequences and items are written with undefined length and
/// delimitation items, so nothing has to be measured first. Group-length attributes of the dataset
/// are dropped because edits would make them wrong (they are retired outside group 0002).
/// </summary>
public sealed class DicomWriter
{
    private readonly DicomWriterOptions _options;

    public DicomWriter(DicomWriterOptions? options = null)
    {
        _options = options ?? DicomWriterOptions.Default;
        var syntax = _options.TransferSyntax;
        if (!syntax.IsSupported)
        {
            throw new ArgumentException($"cannot write {syntax}", nameof(options));
        }
    }

    public byte[] Write(DicomFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var output = new MemoryStream();
        output.Write(new byte[128]);
        output.Write("DICM"u8);
        WriteMetaGroup(output, BuildMeta(file));

        var syntax = _options.TransferSyntax;
        if (syntax.IsDeflated)
        {
            using var deflater = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true);
            WriteDataset(deflater, file.Dataset, explicitVR: true);
        }
        else
        {
            WriteDataset(output, file.Dataset, syntax.IsExplicitVR);
        }

        return output.ToArray();
    }

    public void WriteFile(DicomFile file, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = Write(file);
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }

    private DicomDataset BuildMeta(DicomFile file)
    {
        var dataset = file.Dataset;
        var meta = new DicomDataset();
        foreach (var item in file.FileMetaInformation.Items)
        {
            meta.Add(item);
        }

        meta.Add(new DicomElement(DicomTag.FileMetaInformationVersion, DicomVR.OB, new byte[] { 0, 1 }));
        meta.AddString(DicomTag.MediaStorageSOPClassUID, DicomVR.UI, dataset.GetRequiredString(DicomTag.SOPClassUID, "dataset to write"));
        meta.AddString(DicomTag.MediaStorageSOPInstanceUID, DicomVR.UI, dataset.GetRequiredString(DicomTag.SOPInstanceUID, "dataset to write"));
        meta.AddString(DicomTag.TransferSyntaxUID, DicomVR.UI, _options.TransferSyntax.Uid);
        meta.AddString(DicomTag.ImplementationClassUID, DicomVR.UI, _options.ImplementationClassUid);
        meta.AddString(DicomTag.ImplementationVersionName, DicomVR.SH, _options.ImplementationVersionName);
        meta.Remove(DicomTag.FileMetaInformationGroupLength);
        return meta;
    }

    private static void WriteMetaGroup(Stream output, DicomDataset meta)
    {
        using var group = new MemoryStream();
        WriteDataset(group, meta, explicitVR: true);
        var length = new DicomDataset().AddUInt32(DicomTag.FileMetaInformationGroupLength, (uint)group.Length);
        WriteElement(output, (DicomElement)length[DicomTag.FileMetaInformationGroupLength]!, explicitVR: true);
        group.Position = 0;
        group.CopyTo(output);
    }

    private static void WriteDataset(Stream output, DicomDataset dataset, bool explicitVR)
    {
        foreach (var item in dataset.Items)
        {
            if (item.Tag.Element == 0 && item.Tag.Group != 0x0002)
            {
                continue;
            }

            switch (item)
            {
                case DicomElement element:
                    WriteElement(output, element, explicitVR);
                    break;
                case DicomSequence sequence:
                    WriteSequence(output, sequence, explicitVR);
                    break;
            }
        }
    }

    private static void WriteSequence(Stream output, DicomSequence sequence, bool explicitVR)
    {
        WriteHeader(output, sequence.Tag, DicomVR.SQ, 0xFFFFFFFF, explicitVR);
        foreach (var item in sequence.Items)
        {
            WriteTagAndLength(output, DicomTag.Item, 0xFFFFFFFF);
            WriteDataset(output, item, explicitVR);
            WriteTagAndLength(output, DicomTag.ItemDelimitation, 0);
        }

        WriteTagAndLength(output, DicomTag.SequenceDelimitation, 0);
    }

    private static void WriteElement(Stream output, DicomElement element, bool explicitVR)
    {
        if (element.BulkDataUri is not null)
        {
            throw new InvalidInputException(
                $"{DicomDictionary.Describe(element.Tag)} holds only a bulk data reference; retrieve its value before writing");
        }

        var value = element.Value.Span;
        var padded = value.Length % 2 == 1;
        var length = (uint)(value.Length + (padded ? 1 : 0));
        if (explicitVR && !element.VR.HasLongLength && length > ushort.MaxValue)
        {
            throw new InvalidInputException(
                $"{DicomDictionary.Describe(element.Tag)} ({element.VR}) is {length} bytes, too long for its 16-bit length field");
        }

        WriteHeader(output, element.Tag, element.VR, length, explicitVR);
        output.Write(value);
        if (padded)
        {
            output.WriteByte(element.VR.PaddingByte);
        }
    }

    private static void WriteHeader(Stream output, DicomTag tag, DicomVR vr, uint length, bool explicitVR)
    {
        if (!explicitVR)
        {
            WriteTagAndLength(output, tag, length);
            return;
        }

        Span<byte> header = stackalloc byte[12];
        BinaryPrimitives.WriteUInt16LittleEndian(header, tag.Group);
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], tag.Element);
        header[4] = (byte)vr.Code[0];
        header[5] = (byte)vr.Code[1];
        if (vr.HasLongLength)
        {
            header[6] = 0;
            header[7] = 0;
            BinaryPrimitives.WriteUInt32LittleEndian(header[8..], length);
            output.Write(header);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], (ushort)length);
            output.Write(header[..8]);
        }
    }

    private static void WriteTagAndLength(Stream output, DicomTag tag, uint length)
    {
        Span<byte> header = stackalloc byte[8];
        BinaryPrimitives.WriteUInt16LittleEndian(header, tag.Group);
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], tag.Element);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], length);
        output.Write(header);
    }
}
