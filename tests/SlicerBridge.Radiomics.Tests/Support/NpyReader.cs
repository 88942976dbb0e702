using System.Buffers.Binary;
using System.Text;

namespace SlicerBridge.Radiomics.Tests.Support;

/// <summary>A float64 array read from a numpy <c>.npy</c> file, in C (row-major) order.</summary>
internal sealed record NpyArray(int[] Shape, double[] Data)
{
    /// <summary>The element at a multi-index, C order.</summary>
    public double this[params int[] index]
    {
        get
        {
            var flat = 0;
            for (var d = 0; d < Shape.Length; d++)
            {
                flat = flat * Shape[d] + index[d];
            }

            return Data[flat];
        }
    }
}

/// <summary>
/// Reads numpy's <c>.npy</c> format versions 1 to 3 for little-endian float64 arrays, converting Fortran
/// order to C order (format description: numpy/lib/format.py).
/// </summary>
internal static class NpyReader
{
    private static readonly byte[] Magic = [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    public static NpyArray Read(string path) => Parse(File.ReadAllBytes(path));

    public static NpyArray Parse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 10 || !bytes[..6].SequenceEqual(Magic))
        {
            throw new FormatException("not a .npy file");
        }

        var major = bytes[6];
        int headerLength, headerStart;
        if (major == 1)
        {
            headerLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]);
            headerStart = 10;
        }
        else if (major is 2 or 3)
        {
            headerLength = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(bytes[8..]));
            headerStart = 12;
        }
        else
        {
            throw new FormatException($".npy format version {major} is not supported");
        }

        var header = Encoding.Latin1.GetString(bytes.Slice(headerStart, headerLength)).Trim();
        var dict = (Dictionary<string, object?>)PythonLiteral.Parse(header)!;
        if ((string)dict["descr"]! != "<f8")
        {
            throw new FormatException($"only little-endian float64 ('<f8') is supported, not {dict["descr"]}");
        }

        var fortran = (bool)dict["fortran_order"]!;
        var shape = ((List<object?>)dict["shape"]!).Select(d => checked((int)(long)d!)).ToArray();
        var count = shape.Aggregate(1, (a, b) => checked(a * b));
        var payload = bytes[(headerStart + headerLength)..];
        if (payload.Length != count * sizeof(double))
        {
            throw new FormatException($"expected {count} values, found {payload.Length} bytes");
        }

        var stored = new double[count];
        for (var k = 0; k < count; k++)
        {
            stored[k] = BinaryPrimitives.ReadDoubleLittleEndian(payload[(k * 8)..]);
        }

        return new NpyArray(shape, fortran ? ToCOrder(stored, shape) : stored);
    }

    private static double[] ToCOrder(double[] fortran, int[] shape)
    {
        var result = new double[fortran.Length];
        var index = new int[shape.Length];
        for (var c = 0; c < result.Length; c++)
        {
            // c walks C order (last index fastest); find the same element's Fortran position.
            var f = 0;
            for (var d = shape.Length - 1; d >= 0; d--)
            {
                f = f * shape[d] + index[d];
            }

            result[c] = fortran[f];
            for (var d = shape.Length - 1; d >= 0; d--)
            {
                if (++index[d] < shape[d])
                {
                    break;
                }

                index[d] = 0;
            }
        }

        return result;
    }
}
