using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using SlicerBridge.Server.Tests.Support;
using SlicerBridge.Server.V1;
using SlicerBridge.Server.Volumes;

namespace SlicerBridge.Server.Tests.Volumes;

public sealed class VolumeDecoderTests
{
    private readonly VolumeDecoder _decoder = new(maxRequestVoxels: 1_000_000);

    private static IReadOnlyList<BadRequest.Types.FieldViolation> Violations(RpcException e) =>
        e.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.ToList();

    [Fact]
    public void A_valid_phase_decodes_to_the_bytes_sent()
    {
        var phase = Requests.Cube();

        var declared = Assert.Single(_decoder.Declare(phase, null, dataInline: true));
        var input = VolumeDecoder.Decode(declared, phase);

        Assert.Equal("arterial", input.Where);
        Assert.Equal(phase.Image.Data.ToByteArray(), input.Image.Bytes.ToArray());
        Assert.Equal(phase.Mask.Data.ToByteArray(), input.Mask.Bytes.ToArray());
        Assert.Equal(input.Image.Geometry, input.Mask.Geometry);
        Assert.Equal(1, input.Label);
    }

    [Fact]
    public void Every_problem_of_a_request_is_reported_at_once()
    {
        var phase = Requests.Cube();
        phase.Image.Geometry.Spacing[0] = double.PositiveInfinity;
        phase.Image.Geometry.Origin.RemoveAt(2);
        phase.Mask.PixelType = V1.PixelType.Unspecified;

        var error = Assert.Throws<RpcException>(() => _decoder.Declare(null, phase, dataInline: true));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["venous.image.geometry.spacing", "venous.image.geometry.origin", "venous.mask.pixel_type"], Violations(error).Select(v => v.Field));
    }

    [Fact]
    public void The_voxel_cap_applies_to_the_whole_request()
    {
        var big = Requests.Cube(size: 64); // 262 144 voxels + as many mask voxels per phase
        var error = Assert.Throws<RpcException>(() => _decoder.Declare(big, big, dataInline: true));

        Assert.Contains("1000000", Assert.Single(Violations(error)).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Sizes_whose_product_overflows_a_long_are_refused()
    {
        var phase = Requests.Cube();
        phase.Image.Geometry.Size.Clear();
        phase.Image.Geometry.Size.AddRange([int.MaxValue, int.MaxValue, int.MaxValue]);

        var error = Assert.Throws<RpcException>(() => _decoder.Declare(phase, null, dataInline: true));

        Assert.Contains("exceeds the server's limit", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_streaming_header_must_not_carry_bytes()
    {
        var phase = Requests.Cube();

        var error = Assert.Throws<RpcException>(() => _decoder.Declare(phase, null, dataInline: false));

        Assert.Equal(["arterial.image.data", "arterial.mask.data"], Violations(error).Select(v => v.Field));
    }

    [Fact]
    public void A_mask_with_its_own_geometry_keeps_it()
    {
        var phase = Requests.Cube();
        phase.Mask.Geometry = phase.Image.Geometry.Clone();
        phase.Mask.Geometry.Origin[2] = 3;

        var input = VolumeDecoder.Decode(_decoder.Declare(phase, null, true)[0], phase);

        Assert.Equal(3, input.Mask.Geometry.Origin.Z);
        Assert.Equal(0, input.Image.Geometry.Origin.Z);
    }

    [Fact]
    public void Chunks_fill_the_declared_buffers_and_a_missing_tail_is_named()
    {
        var phase = Requests.Cube();
        var header = phase.Clone();
        header.Image.Data = ByteString.Empty;
        header.Mask.Data = ByteString.Empty;
        var assembler = new ChunkAssembler(_decoder.Declare(header, null, dataInline: false));

        var half = phase.Image.Data.Length / 2;
        assembler.Add(new VolumeChunk { Part = VolumePart.ArterialImage, Offset = 0, Data = ByteString.CopyFrom(phase.Image.Data.Span[..half]) });
        assembler.Add(new VolumeChunk { Part = VolumePart.ArterialMask, Offset = 0, Data = phase.Mask.Data });
        var truncated = Assert.Throws<RpcException>(assembler.Complete);
        assembler.Add(new VolumeChunk { Part = VolumePart.ArterialImage, Offset = half, Data = ByteString.CopyFrom(phase.Image.Data.Span[half..]) });

        Assert.Equal("arterial.image.data", Assert.Single(Violations(truncated)).Field);
        Assert.Equal(phase.Image.Data.ToByteArray(), Assert.Single(assembler.Complete()).Image.Bytes.ToArray());
        Assert.Throws<RpcException>(() => assembler.Add(new VolumeChunk { Part = VolumePart.VenousImage, Offset = 0, Data = phase.Mask.Data }));
        Assert.Throws<RpcException>(() => assembler.Add(new VolumeChunk { Part = VolumePart.ArterialMask, Offset = phase.Mask.Data.Length, Data = ByteString.CopyFrom(1) }));
    }
}
