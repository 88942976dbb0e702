using Google.Protobuf;
using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Server.V1;
using SlicerBridge.Testing;
using ProtoPixelType = SlicerBridge.Server.V1.PixelType;

namespace SlicerBridge.Server.Tests.Support;

/// <summary>Request messages built from the PyRadiomics test cases, the way a viewer plugin sends them.</summary>
internal static class Requests
{
    public static readonly ExtractFeaturesRequest Brain = TwoPhases("brain1", "brain2");

    /// <summary>Arterial from <paramref name="arterialCase"/>, venous from <paramref name="venousCase"/>, each cropped to its VOI box plus 5 voxels.</summary>
    public static ExtractFeaturesRequest TwoPhases(string arterialCase, string venousCase) => new()
    {
        Arterial = Phase(arterialCase),
        Venous = Phase(venousCase),
    };

    public static Phase Phase(string caseName, int margin = 5)
    {
        var image = VolumeIO.Read(Fixtures.PyRadiomicsData(caseName + "_image.nrrd"));
        var mask = VolumeIO.Read(Fixtures.PyRadiomicsData(caseName + "_label.nrrd"));
        var box = RoiMask.FromLabel(mask, 1).BoundingBox.Pad(margin, image.Size);
        return Phase(image.Crop(box), mask.Crop(box).WithGeometry(image.Crop(box).Geometry), maskGeometry: false);
    }

    public static Phase Phase(ImageVolume image, ImageVolume mask, bool maskGeometry) => new()
    {
        Image = new Volume { Geometry = Geometry(image.Geometry), PixelType = Type(image.PixelType), Data = ByteString.CopyFrom(image.Bytes) },
        Mask = new Mask
        {
            Geometry = maskGeometry ? Geometry(mask.Geometry) : null,
            PixelType = Type(mask.PixelType),
            Data = ByteString.CopyFrom(mask.Bytes),
            Label = 1,
        },
    };

    public static Geometry Geometry(ImageGeometry g)
    {
        var message = new Geometry();
        message.Size.AddRange([g.Size.X, g.Size.Y, g.Size.Z]);
        message.Spacing.AddRange([g.Spacing.X, g.Spacing.Y, g.Spacing.Z]);
        message.Origin.AddRange([g.Origin.X, g.Origin.Y, g.Origin.Z]);
        var d = g.Direction;
        message.Direction.AddRange([d.M00, d.M01, d.M02, d.M10, d.M11, d.M12, d.M20, d.M21, d.M22]);
        return message;
    }

    public static ProtoPixelType Type(Imaging.PixelType type) => (ProtoPixelType)((int)type + 1);

    /// <summary>A 16³ int16 cube with a 6³ tumour in the middle: small, synthetic, valid.</summary>
    public static Phase Cube(int size = 16)
    {
        var geometry = new ImageGeometry(new Size3(size, size, size), new Vec3(1, 1, 1), default, Matrix3.Identity);
        var voxels = new short[geometry.VoxelCount];
        var labels = new byte[geometry.VoxelCount];
        for (var i = 0; i < voxels.Length; i++)
        {
            voxels[i] = (short)((i * 7919) % 200);
            int x = i % size, y = i / size % size, z = i / (size * size);
            var lo = size / 2 - 3;
            labels[i] = (byte)(x >= lo && x < lo + 6 && y >= lo && y < lo + 6 && z >= lo && z < lo + 6 ? 1 : 0);
        }

        return Phase(ImageVolume.Create(geometry, voxels), ImageVolume.Create(geometry, labels), maskGeometry: false);
    }
}
