using SlicerBridge.Imaging;
using SlicerBridge.Radiomics.Extraction;
using SlicerBridge.Server.Errors;
using SlicerBridge.Server.V1;

namespace SlicerBridge.Server.Volumes;

/// <summary>
/// Fills the buffers of a streamed request from its chunks. The buffers are allocated from the validated
/// header, so a stream can never make the server allocate more than it declared; each chunk must continue
/// its part exactly where the previous one stopped, and every part must be complete at the end.
/// </summary>
public sealed class ChunkAssembler
{
    private readonly IReadOnlyList<PhaseDeclaration> _declarations;
    private readonly Dictionary<VolumePart, Buffer> _buffers = [];
    private readonly List<(ImageVolume Image, ImageVolume Mask)> _volumes = [];

    public ChunkAssembler(IReadOnlyList<PhaseDeclaration> declarations)
    {
        _declarations = declarations ?? throw new ArgumentNullException(nameof(declarations));
        foreach (var declaration in declarations)
        {
            var (image, mask) = VolumeDecoder.Allocate(declaration);
            _volumes.Add((image, mask));
            var arterial = declaration.Name == "arterial";
            _buffers[arterial ? VolumePart.ArterialImage : VolumePart.VenousImage] = new Buffer(image, declaration.Name + ".image");
            _buffers[arterial ? VolumePart.ArterialMask : VolumePart.VenousMask] = new Buffer(mask, declaration.Name + ".mask");
        }
    }

    public void Add(VolumeChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        if (!_buffers.TryGetValue(chunk.Part, out var buffer))
        {
            throw Failures.InvalidArgument("chunk.part", $"part {chunk.Part} is not declared in the header");
        }

        var bytes = buffer.Volume.Bytes;
        if (chunk.Offset != buffer.Filled)
        {
            throw Failures.InvalidArgument("chunk.offset",
                $"{buffer.Field}: chunk starts at byte {chunk.Offset} but {buffer.Filled} bytes have arrived (a chunk was lost, repeated or reordered)");
        }

        if (chunk.Data.Length > bytes.Length - buffer.Filled)
        {
            throw Failures.InvalidArgument("chunk.data",
                $"{buffer.Field}: chunk runs past the {bytes.Length} bytes the header declared");
        }

        chunk.Data.Span.CopyTo(bytes[(int)buffer.Filled..]);
        buffer.Filled += chunk.Data.Length;
    }

    /// <summary>The phases, once every declared byte has arrived.</summary>
    public IReadOnlyList<PhaseInput> Complete()
    {
        var violations = new FieldViolations();
        foreach (var buffer in _buffers.Values.Where(b => b.Filled != b.Volume.Bytes.Length))
        {
            violations.Add(buffer.Field + ".data", $"truncated: {buffer.Filled} of {buffer.Volume.Bytes.Length} bytes arrived");
        }

        violations.ThrowIfAny();
        return _declarations.Select((d, i) => new PhaseInput(_volumes[i].Image, _volumes[i].Mask, d.Label, d.Name)).ToList();
    }

    private sealed class Buffer(ImageVolume volume, string field)
    {
        public ImageVolume Volume { get; } = volume;

        public string Field { get; } = field;

        public long Filled { get; set; }
    }
}
