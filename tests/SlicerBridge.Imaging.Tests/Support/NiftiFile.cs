using System.Buffers.Binary;
using System.IO.Compression;

namespace SlicerBridge.Imaging.Tests.Support;

/// <summary>
/// Builds NIfTI-1 files byte by byte from the nifti1.h field offsets, independently of the writer under
/// test, so reader tests can set any field (either byte order, any codes, any datatype).
/// </summary>
internal sealed class NiftiFile
{
    public bool BigEndian { get; set; }

    public short[] Dim { get; set; } = [3, 2, 2, 2, 1, 1, 1, 1];

    public short DataType { get; set; } = 4;

    public short BitPix { get; set; } = 16;

    public float[] PixDim { get; set; } = [1, 1, 1, 1, 0, 0, 0, 0];

    public float VoxOffset { get; set; } = 352;

    public float SclSlope { get; set; } = 1;

    public float SclInter { get; set; }

    public byte XyztUnits { get; set; } = 2;

    public short IntentCode { get; set; }

    public short QformCode { get; set; }

    public short SformCode { get; set; }

    /// <summary>quatern_b, c, d, then qoffset_x, y, z.</summary>
    public float[] Quatern { get; set; } = new float[6];

    /// <summary>srow_x, srow_y, srow_z.</summary>
    public float[] Srow { get; set; } = new float[12];

    public string Magic { get; set; } = "n+1";

    public int SizeOfHeader { get; set; } = 348;

    /// <summary>Voxel bytes in the file's byte order (use <see cref="Int16Data"/> for the usual case).</summary>
    public byte[] Data { get; set; } = [];

    public NiftiFile Int16Data(params short[] values)
    {
        Data = new byte[values.Length * 2];
        for (var i = 0; i < values.Length; i++)
        {
            if (BigEndian)
            {
                BinaryPrimitives.WriteInt16BigEndian(Data.AsSpan(2 * i), values[i]);
            }
            else
            {
                BinaryPrimitives.WriteInt16LittleEndian(Data.AsSpan(2 * i), values[i]);
            }
        }

        return this;
    }

    public byte[] ToBytes()
    {
        var offset = (int)VoxOffset;
        var bytes = new byte[Math.Max(offset, 352) + Data.Length];
        I32(bytes, 0, SizeOfHeader);
        for (var i = 0; i < 8; i++)
        {
            I16(bytes, 40 + 2 * i, Dim[i]);
            F32(bytes, 76 + 4 * i, PixDim[i]);
        }

        I16(bytes, 68, IntentCode);
        I16(bytes, 70, DataType);
        I16(bytes, 72, BitPix);
        F32(bytes, 108, VoxOffset);
        F32(bytes, 112, SclSlope);
        F32(bytes, 116, SclInter);
        bytes[123] = XyztUnits;
        I16(bytes, 252, QformCode);
        I16(bytes, 254, SformCode);
        for (var i = 0; i < 6; i++)
        {
            F32(bytes, 256 + 4 * i, Quatern[i]);
        }

        for (var i = 0; i < 12; i++)
        {
            F32(bytes, 280 + 4 * i, Srow[i]);
        }

        System.Text.Encoding.ASCII.GetBytes(Magic, bytes.AsSpan(344));
        Data.CopyTo(bytes.AsSpan(Math.Max(offset, 352)));
        return bytes;
    }

    public string Save(string path)
    {
        var bytes = ToBytes();
        if (path.EndsWith(".gz", StringComparison.Ordinal))
        {
            using var file = File.Create(path);
            using var gzip = new GZipStream(file, CompressionLevel.Fastest);
            gzip.Write(bytes);
        }
        else
        {
            File.WriteAllBytes(path, bytes);
        }

        return path;
    }

    private void I16(byte[] b, int at, short v)
    {
        if (BigEndian)
        {
            BinaryPrimitives.WriteInt16BigEndian(b.AsSpan(at), v);
        }
        else
        {
            BinaryPrimitives.WriteInt16LittleEndian(b.AsSpan(at), v);
        }
    }

    private void I32(byte[] b, int at, int v)
    {
        if (BigEndian)
        {
            BinaryPrimitives.WriteInt32BigEndian(b.AsSpan(at), v);
        }
        else
        {
            BinaryPrimitives.WriteInt32LittleEndian(b.AsSpan(at), v);
        }
    }

    private void F32(byte[] b, int at, float v)
    {
        if (BigEndian)
        {
            BinaryPrimitives.WriteSingleBigEndian(b.AsSpan(at), v);
        }
        else
        {
            BinaryPrimitives.WriteSingleLittleEndian(b.AsSpan(at), v);
        }
    }
}
