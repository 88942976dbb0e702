using System.Buffers.Binary;
using SlicerBridge.Imaging;

namespace SlicerBridge.Dicom.Series;

/// <summary>
/// How stored grey values are laid out (Image Pixel module): 8 or 16 bits allocated, BitsStored/HighBit
/// and signedness. Only single-sample MONOCHROME images are accepted; colour is not a CT.
/// </summary>
public readonly record struct PixelFormat(int BitsAllocated, int BitsStored, int HighBit, bool IsSigned)
{
    public int BytesPerPixel => BitsAllocated / 8;

    /// <summary>True when every bit of the allocated word is a value bit (no masking or sign extension needed).</summary>
    public bool IsPlain => BitsStored == BitsAllocated && HighBit == BitsAllocated - 1;

    public static PixelFormat Read(DicomDataset dataset, string? where)
    {
        var samples = dataset.GetDoubleOrDefault(DicomTag.SamplesPerPixel, 1, where);
        var photometric = dataset.GetString(DicomTag.PhotometricInterpretation)?.Trim() ?? "";
        if (samples != 1 || photometric is not ("MONOCHROME2" or "MONOCHROME1"))
        {
            throw new InvalidInputException(
                $"only single-sample MONOCHROME images are supported (SamplesPerPixel {samples}, PhotometricInterpretation '{photometric}')", where);
        }

        var allocated = dataset.GetRequiredInt32(DicomTag.BitsAllocated, where);
        var stored = dataset.GetRequiredInt32(DicomTag.BitsStored, where);
        var high = (int)dataset.GetDoubleOrDefault(DicomTag.HighBit, stored - 1, where);
        var representation = dataset.GetRequiredInt32(DicomTag.PixelRepresentation, where);
        if (allocated is not (8 or 16))
        {
            throw new InvalidInputException($"BitsAllocated {allocated} is not supported (8 or 16)", where);
        }

        if (stored < 1 || stored > allocated || high < stored - 1 || high >= allocated || representation is not (0 or 1))
        {
            throw new InvalidInputException(
                $"inconsistent pixel format: BitsAllocated {allocated}, BitsStored {stored}, HighBit {high}, PixelRepresentation {representation}", where);
        }

        return new PixelFormat(allocated, stored, high, representation == 1);
    }

    /// <summary>The stored value of pixel <paramref name="index"/>, masked to BitsStored and sign-extended when signed.</summary>
    public int Read(ReadOnlySpan<byte> pixels, int index)
    {
        int raw = BitsAllocated == 16 ? BinaryPrimitives.ReadUInt16LittleEndian(pixels[(2 * index)..]) : pixels[index];
        if (IsPlain)
        {
            return IsSigned ? (BitsAllocated == 16 ? (short)raw : (sbyte)raw) : raw;
        }

        var value = (raw >> (HighBit + 1 - BitsStored)) & ((1 << BitsStored) - 1);
        return IsSigned && (value & (1 << (BitsStored - 1))) != 0 ? value - (1 << BitsStored) : value;
    }
}
