using System.Buffers.Binary;
using System.Text;
using SlicerBridge.Radiomics.Tests.Support;

namespace SlicerBridge.Radiomics.Tests.Features.Texture;

/// <summary>The .npy reader the matrix baselines depend on, on files built here byte by byte.</summary>
public class NpyReaderTests
{
    [Fact]
    public void FortranOrderIsReturnedInCOrder()
    {
        // Shape (2, 3) stored column by column: [[1, 2, 3], [4, 5, 6]].
        var array = NpyReader.Parse(Build(1, "{'descr': '<f8', 'fortran_order': True, 'shape': (2, 3), }", [1, 4, 2, 5, 3, 6]));
        Assert.Equal([2, 3], array.Shape);
        Assert.Equal([1.0, 2, 3, 4, 5, 6], array.Data);
        Assert.Equal(6, array[1, 2]);
    }

    [Fact]
    public void VersionTwoHeaderAndOneDimensionalShape()
    {
        var array = NpyReader.Parse(Build(2, "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }", [0.5, -1, 2]));
        Assert.Equal([3], array.Shape);
        Assert.Equal([0.5, -1, 2], array.Data);
    }

    [Fact]
    public void OtherElementTypesAreRejected() =>
        Assert.Throws<FormatException>(() =>
            NpyReader.Parse(Build(1, "{'descr': '<i8', 'fortran_order': False, 'shape': (1,), }", [0])));

    private static byte[] Build(int version, string header, double[] values)
    {
        var prefix = version == 1 ? 10 : 12;
        var padded = header.PadRight((prefix + header.Length + 1 + 63) / 64 * 64 - prefix - 1) + "\n";
        var bytes = new List<byte> { 0x93 };
        bytes.AddRange(Encoding.ASCII.GetBytes("NUMPY"));
        bytes.Add((byte)version);
        bytes.Add(0);
        var length = new byte[version == 1 ? 2 : 4];
        if (version == 1)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(length, (ushort)padded.Length);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)padded.Length);
        }

        bytes.AddRange(length);
        bytes.AddRange(Encoding.ASCII.GetBytes(padded));
        var value = new byte[8];
        foreach (var v in values)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(value, v);
            bytes.AddRange(value);
        }

        return bytes.ToArray();
    }
}
