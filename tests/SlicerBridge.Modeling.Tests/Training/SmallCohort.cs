using System.Globalization;
using System.Text;
using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Imaging.IO;

namespace SlicerBridge.Modeling.Tests.Training;

/// <summary>
/// A small two-phase cohort on disk for pipeline tests: 40 cases (28 train, 12 validation), 20 x 20 x 8 int16 CT
/// volumes with a spherical tumour whose enhancement and texture depend weakly on the outcome, a second
/// reader's mask (one voxel larger) for 10 cases and a repeat mask (shifted one voxel) for 10, AFP and folds
/// left to the pipeline. Seeded, so every call writes the same bytes; the signal is noisy enough that no
/// logistic model separates the classes.
/// </summary>
internal static class SmallCohort
{
    public const string Parameters = """
        setting:
          binWidth: 10
          label: 1
        imageType:
          Original: {}
        featureClass:
          firstorder:
          glcm:
        """;

    private static readonly Size3 Size = new(20, 20, 8);

    public static (string Manifest, string Parameters) Write(string folder)
    {
        var random = new Random(20261128);
        var manifest = new StringBuilder("id,split,arterial_image,arterial_mask,venous_image,venous_mask,arterial_mask_reader2,venous_mask_reader2,arterial_mask_repeat,venous_mask_repeat,proliferative,afp_ng_ml\n");
        var primary = Sphere(3.6, 0);
        var reader2 = Sphere(4.1, 0);
        var repeat = Sphere(3.6, 1);
        Write(primary, Path.Combine(folder, "mask.nrrd"));
        Write(reader2, Path.Combine(folder, "mask_reader2.nrrd"));
        Write(repeat, Path.Combine(folder, "mask_repeat.nrrd"));
        for (var c = 0; c < 40; c++)
        {
            var id = $"S{c + 1:00}";
            var outcome = c % 2;
            var split = c < 28 ? "train" : "validation";
            foreach (var phase in new[] { "arterial", "venous" })
            {
                Write(Image(random, outcome, phase == "arterial" ? 60 : 30), Path.Combine(folder, $"{id}_{phase}.nrrd"));
            }

            var afp = (outcome == 1 ? 150 : 60) * Math.Exp(random.NextDouble() * 2);
            var r2 = c < 10 ? "mask_reader2.nrrd" : "";
            var rep = c >= 10 && c < 20 ? "mask_repeat.nrrd" : "";
            manifest.Append(CultureInfo.InvariantCulture,
                $"{id},{split},{id}_arterial.nrrd,mask.nrrd,{id}_venous.nrrd,mask.nrrd,{r2},{r2},{rep},{rep},{outcome},{afp:F1}\n");
        }

        var manifestPath = Path.Combine(folder, "cohort.csv");
        var parametersPath = Path.Combine(folder, "params.yaml");
        File.WriteAllText(manifestPath, manifest.ToString());
        File.WriteAllText(parametersPath, Parameters);
        return (manifestPath, parametersPath);
    }

    private static ImageVolume Image(Random random, int outcome, double enhancement)
    {
        var voxels = new short[Size.X * Size.Y * Size.Z];
        var tumourMean = 40 + enhancement + 12 * outcome + 14 * Normal(random);
        var tumourSd = 12 + 4 * outcome + 4 * Normal(random);
        var centre = new Vec3((Size.X - 1) / 2.0, (Size.Y - 1) / 2.0, (Size.Z - 1) / 2.0);
        for (var z = 0; z < Size.Z; z++)
        {
            for (var y = 0; y < Size.Y; y++)
            {
                for (var x = 0; x < Size.X; x++)
                {
                    var inside = Distance(x, y, z, centre, 0) <= 4.5;
                    var value = inside ? tumourMean + tumourSd * Normal(random) : 50 + 10 * Normal(random);
                    voxels[x + Size.X * (y + Size.Y * z)] = (short)Math.Round(value);
                }
            }
        }

        return ImageVolume.Create(Geometry, voxels);
    }

    private static ImageVolume Sphere(double radius, int shift)
    {
        var voxels = new byte[Size.X * Size.Y * Size.Z];
        var centre = new Vec3((Size.X - 1) / 2.0, (Size.Y - 1) / 2.0, (Size.Z - 1) / 2.0);
        for (var z = 0; z < Size.Z; z++)
        {
            for (var y = 0; y < Size.Y; y++)
            {
                for (var x = 0; x < Size.X; x++)
                {
                    voxels[x + Size.X * (y + Size.Y * z)] = Distance(x, y, z, centre, shift) <= radius ? (byte)1 : (byte)0;
                }
            }
        }

        return ImageVolume.Create(Geometry, voxels);
    }

    private static ImageGeometry Geometry => new(Size, new Vec3(0.8, 0.8, 2.5), default, Matrix3.Identity);

    /// <summary>Distance in voxels with z counted at its spacing ratio, so the sphere is round in millimetres.</summary>
    private static double Distance(int x, int y, int z, Vec3 centre, int shift)
    {
        double dx = x - centre.X - shift, dy = y - centre.Y, dz = (z - centre.Z) * 2.5 / 0.8;
        return Math.Sqrt(dx * dx + dy * dy + dz * dz);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static void Write(ImageVolume volume, string path) => VolumeIO.Write(volume, path);
}
