namespace SlicerBridge.Radiomics.Features.Shape;

/// <summary>
/// Surface area and enclosed volume of PyRadiomics' marching-cubes mesh of a padded mask: vertices at
/// edge midpoints, coordinates (padded index + offset) × spacing in (z, y, x) order, direction cosines
/// ignored, volume as the signed tetrahedra from the origin (which matters where the half-table's
/// complemented cubes leave the mesh open).
/// </summary>
/// <remarks>
/// A cube's triangles depend only on its configuration, so the march only counts each configuration and
/// sums its cube origins; area and volume then follow from per-configuration constants. For a triangle
/// (o + a, o + b, o + c) the tetrahedron term is det(a, b, c) + o · ((b − a) × (c − a)).
/// </remarks>
internal sealed class MarchingCubesMesh
{
    private const int Configurations = 256;

    private MarchingCubesMesh(double surfaceArea, double volume)
    {
        SurfaceArea = surfaceArea;
        Volume = volume;
    }

    /// <summary>Mesh surface area in mm².</summary>
    public double SurfaceArea { get; }

    /// <summary>Mesh volume in mm³.</summary>
    public double Volume { get; }

    /// <param name="mask">The padded ROI mask.</param>
    /// <param name="spacing">Voxel spacing in mm in (z, y, x) order.</param>
    public static MarchingCubesMesh Build(PaddedMask mask, ReadOnlySpan<double> spacing)
    {
        ArgumentNullException.ThrowIfNull(mask);
        var count = new long[Configurations];
        var originSum = new long[Configurations * 3];
        March(mask, count, originSum);

        Span<double> normal = stackalloc double[3];
        var surfaceArea = 0.0;
        var volume = 0.0;
        for (var configuration = 1; configuration < Configurations - 1; configuration++)
        {
            if (count[configuration] == 0)
            {
                continue;
            }

            // Cubes with corner 7 in the ROI use their complement's triangles, which face inwards.
            var complemented = (configuration & 0x80) != 0;
            var triangles = MarchingCubesTable.Triangles[complemented ? configuration ^ 0xff : configuration];
            ConfigurationTerms(triangles, spacing, out var cubeArea, out var cubeDeterminant, normal);
            var flux = count[configuration] * cubeDeterminant;
            for (var axis = 0; axis < 3; axis++)
            {
                flux += originSum[3 * configuration + axis] * spacing[axis] * normal[axis];
            }

            surfaceArea += count[configuration] * cubeArea;
            volume += complemented ? -flux : flux;
        }

        return new MarchingCubesMesh(surfaceArea, volume / 6);
    }

    /// <summary>Counts every cube configuration and sums the (z, y, x) padded indices of its cube origins.</summary>
    private static void March(PaddedMask mask, long[] count, long[] originSum)
    {
        var m = mask.Voxels;
        var nx = mask.Nx;
        var slice = mask.SliceStride;
        for (var z = 0; z < mask.Nz - 1; z++)
        {
            for (var y = 0; y < mask.Ny - 1; y++)
            {
                // Corner i of the cube at x is a voxel of one of these four rows (Corners: z, y offsets).
                var row00 = mask.Index(0, y, z);
                var row01 = row00 + nx;
                var row10 = row00 + slice;
                var row11 = row10 + nx;
                for (var x = 0; x < nx - 1; x++)
                {
                    var configuration = m[row00 + x]
                        | m[row00 + x + 1] << 1
                        | m[row01 + x + 1] << 2
                        | m[row01 + x] << 3
                        | m[row10 + x] << 4
                        | m[row10 + x + 1] << 5
                        | m[row11 + x + 1] << 6
                        | m[row11 + x] << 7;
                    if (configuration is 0 or 0xff)
                    {
                        continue;
                    }

                    count[configuration]++;
                    originSum[3 * configuration] += z;
                    originSum[3 * configuration + 1] += y;
                    originSum[3 * configuration + 2] += x;
                }
            }
        }
    }

    /// <summary>
    /// For one configuration's triangles with the cube at the origin: the total area, the sum of det(a, b, c)
    /// and the sum of the (unnormalised) normals (b − a) × (c − a), all in mm.
    /// </summary>
    private static void ConfigurationTerms(
        int[] triangles, ReadOnlySpan<double> spacing, out double area, out double determinant, Span<double> normal)
    {
        area = 0;
        determinant = 0;
        normal.Clear();
        Span<double> a = stackalloc double[3];
        Span<double> b = stackalloc double[3];
        Span<double> c = stackalloc double[3];
        for (var t = 0; t < triangles.Length; t += 3)
        {
            for (var axis = 0; axis < 3; axis++)
            {
                a[axis] = 0.5 * MarchingCubesTable.HalfMidpoint(triangles[t], axis) * spacing[axis];
                b[axis] = 0.5 * MarchingCubesTable.HalfMidpoint(triangles[t + 1], axis) * spacing[axis];
                c[axis] = 0.5 * MarchingCubesTable.HalfMidpoint(triangles[t + 2], axis) * spacing[axis];
            }

            determinant += a[0] * (b[1] * c[2] - b[2] * c[1])
                - a[1] * (b[0] * c[2] - b[2] * c[0])
                + a[2] * (b[0] * c[1] - b[1] * c[0]);

            var n0 = (b[1] - a[1]) * (c[2] - a[2]) - (b[2] - a[2]) * (c[1] - a[1]);
            var n1 = (b[2] - a[2]) * (c[0] - a[0]) - (b[0] - a[0]) * (c[2] - a[2]);
            var n2 = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
            normal[0] += n0;
            normal[1] += n1;
            normal[2] += n2;
            area += 0.5 * Math.Sqrt(n0 * n0 + n1 * n1 + n2 * n2);
        }
    }
}
