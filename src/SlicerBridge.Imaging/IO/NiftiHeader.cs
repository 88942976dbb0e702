using System.Buffers.Binary;
using System.Text;

namespace SlicerBridge.Imaging.IO;

/// <summary>
/// The 348-byte NIfTI-1 header, the fields this reader uses, decoded in the file's byte order.
/// Layout from nifti1.h (NIfTI-1 standard, 2004).
/// </summary>
internal sealed class NiftiHeader
{
    public const int Size = 348;

    /// <summary>Header, 4-byte extension flag, then data: the smallest legal <c>vox_offset</c> of a .nii file.</summary>
    public const int MinDataOffset = 352;

    public const short XformUnknown = 0;

    public const short XformScannerAnat = 1;

    public bool BigEndian { get; init; }

    /// <summary><c>dim[0..7]</c>: dim[0] is the number of dimensions.</summary>
    public short[] Dim { get; init; } = new short[8];

    public short IntentCode { get; init; }

    public short DataType { get; init; }

    public short BitPix { get; init; }

    /// <summary><c>pixdim[0..7]</c>: pixdim[0] holds qfac, pixdim[1..3] the voxel spacing.</summary>
    public float[] PixDim { get; init; } = new float[8];

    public float VoxOffset { get; init; }

    public float SclSlope { get; init; }

    public float SclInter { get; init; }

    public byte XyztUnits { get; init; }

    public short QformCode { get; init; }

    public short SformCode { get; init; }

    public float QuaternB { get; init; }

    public float QuaternC { get; init; }

    public float QuaternD { get; init; }

    public float QoffsetX { get; init; }

    public float QoffsetY { get; init; }

    public float QoffsetZ { get; init; }

    /// <summary><c>srow_x</c>, <c>srow_y</c>, <c>srow_z</c>: the first three rows of the sform, row-major.</summary>
    public float[] Srow { get; init; } = new float[12];

    public string Magic { get; init; } = "n+1";

    public string Description { get; init; } = "";

    public static NiftiHeader Parse(byte[] h, string where)
    {
        if (h.Length < Size)
        {
            throw new InvalidInputException("file is too short to hold a NIfTI-1 header", where);
        }

        var little = BinaryPrimitives.ReadInt32LittleEndian(h.AsSpan());
        var big = BinaryPrimitives.ReadInt32BigEndian(h.AsSpan());
        if (little == 540 || big == 540)
        {
            throw new InvalidInputException("NIfTI-2 files are not supported (only NIfTI-1)", where);
        }

        if (little != Size && big != Size)
        {
            throw new InvalidInputException("not a NIfTI-1 file (header size is not 348)", where);
        }

        var be = little != Size;
        short I16(int offset) => be ? BinaryPrimitives.ReadInt16BigEndian(h.AsSpan(offset)) : BinaryPrimitives.ReadInt16LittleEndian(h.AsSpan(offset));
        float F32(int offset) => be ? BinaryPrimitives.ReadSingleBigEndian(h.AsSpan(offset)) : BinaryPrimitives.ReadSingleLittleEndian(h.AsSpan(offset));

        var dim = new short[8];
        var pixdim = new float[8];
        for (var i = 0; i < 8; i++)
        {
            dim[i] = I16(40 + 2 * i);
            pixdim[i] = F32(76 + 4 * i);
        }

        var srow = new float[12];
        for (var i = 0; i < 12; i++)
        {
            srow[i] = F32(280 + 4 * i);
        }

        return new NiftiHeader
        {
            BigEndian = be,
            Dim = dim,
            IntentCode = I16(68),
            DataType = I16(70),
            BitPix = I16(72),
            PixDim = pixdim,
            VoxOffset = F32(108),
            SclSlope = F32(112),
            SclInter = F32(116),
            XyztUnits = h[123],
            QformCode = I16(252),
            SformCode = I16(254),
            QuaternB = F32(256),
            QuaternC = F32(260),
            QuaternD = F32(264),
            QoffsetX = F32(268),
            QoffsetY = F32(272),
            QoffsetZ = F32(276),
            Srow = srow,
            Magic = Encoding.ASCII.GetString(h, 344, 4).TrimEnd('\0'),
        };
    }

    /// <summary>The header as little-endian bytes, followed by the 4-byte "no extensions" flag.</summary>
    public byte[] ToBytes()
    {
        var h = new byte[MinDataOffset];
        BinaryPrimitives.WriteInt32LittleEndian(h, Size);
        for (var i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(h.AsSpan(40 + 2 * i), Dim[i]);
            BinaryPrimitives.WriteSingleLittleEndian(h.AsSpan(76 + 4 * i), PixDim[i]);
        }

        BinaryPrimitives.WriteInt16LittleEndian(h.AsSpan(68), IntentCode);
        BinaryPrimitives.WriteInt16LittleEndian(h.AsSpan(70), DataType);
        BinaryPrimitives.WriteInt16LittleEndian(h.AsSpan(72), BitPix);
        BinaryPrimitives.WriteSingleLittleEndian(h.AsSpan(108), VoxOffset);
        BinaryPrimitives.WriteSingleLittleEndian(h.AsSpan(112), SclSlope);
        BinaryPrimitives.WriteSingleLittleEndian(h.AsSpan(116), SclInter);
        h[123] = XyztUnits;
        Encoding.ASCII.GetBytes(Description.AsSpan(0, Math.Min(Description.Length, 79)), h.AsSpan(148, 80));
        BinaryPrimitives.WriteInt16LittleEndian(h.AsSpan(252), QformCode);
        BinaryPrimitives.WriteInt16LittleEndian(h.AsSpan(254), SformCode);
        BinaryPrimitives.WriteSingleLittleEndian(h.AsSpan(256), QuaternB);
        BinaryPrimitives.WriteSingleLittleEndian(h.AsSpan(260), QuaternC);
        BinaryPrimitives.WriteSingleLittleEndian(h.AsSpan(264), QuaternD);
        BinaryPrimitives.WriteSingleLittleEndian(h.AsSpan(268), QoffsetX);
        BinaryPrimitives.WriteSingleLittleEndian(h.AsSpan(272), QoffsetY);
        BinaryPrimitives.WriteSingleLittleEndian(h.AsSpan(276), QoffsetZ);
        for (var i = 0; i < 12; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(h.AsSpan(280 + 4 * i), Srow[i]);
        }

        Encoding.ASCII.GetBytes(Magic, h.AsSpan(344, 4));
        return h;
    }
}
