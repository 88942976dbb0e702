namespace SlicerBridge.Dicom.IO;

/// <summary>
/// Caps the reader checks before it trusts a declared length, so a corrupt or hostile file ends in an
/// <see cref="Imaging.InvalidInputException"/> instead of a huge allocation, a stack overflow or a hang.
/// </summary>
public sealed record DicomReaderOptions
{
    public static DicomReaderOptions Default { get; } = new();

    /// <summary>Largest file, or inflated deflate stream, accepted (default 1 GiB: a 2000-frame SEG or a big CT slice fits).</summary>
    public long MaxFileBytes { get; init; } = 1L << 30;

    /// <summary>Largest single value (default 1 GiB); a declared length is also checked against the bytes that remain.</summary>
    public long MaxElementBytes { get; init; } = 1L << 30;

    /// <summary>Deepest sequence nesting (default 32; real SEGs use 4). Bounds recursion so corrupt nesting cannot overflow the stack.</summary>
    public int MaxSequenceDepth { get; init; } = 32;

    /// <summary>Most attributes in one file, counting nested ones (default 4 million).</summary>
    public int MaxElements { get; init; } = 4_000_000;
}
