using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Radiomics.Features.Shape;

namespace SlicerBridge.Radiomics.Tests.Features.Shape;

/// <summary>
/// Test-only references following PyRadiomics' procedure literally, cube by cube and triangle by triangle:
/// march the padded mask and complement cubes with corner 7 set; sum triangle areas and signed tetrahedra
/// from the origin; keep the vertices on cube edges 6, 7 and 11 and compare all pairs with its equality
/// tests on the (z, y, x) coordinates. O(n²).
/// </summary>
internal static class BruteForceShapeReference
{
    /// <summary>Squared-distance maxima as (slice, column, row, 3-D), square-rooted.</summary>
    public static (double Slice, double Column, double Row, double Maximum3D) Diameters(Size3 size, Vec3 spacing, byte[] mask)
    {
        int nx = size.X + 2, ny = size.Y + 2, nz = size.Z + 2;
        bool Inside(int z, int y, int x) =>
            z >= 1 && z <= size.Z && y >= 1 && y <= size.Y && x >= 1 && x <= size.X
            && mask[((z - 1) * size.Y + y - 1) * size.X + x - 1] != 0;

        // Corners (z, y, x) in PyRadiomics' numbering; edges 6, 7, 11 join corner 7 to corners 6, 4, 3.
        int[,] corners = { { 0, 0, 0 }, { 0, 0, 1 }, { 0, 1, 1 }, { 0, 1, 0 }, { 1, 0, 0 }, { 1, 0, 1 }, { 1, 1, 1 }, { 1, 1, 0 } };
        (int Corner, double Z, double Y, double X)[] edgeVertices = [(6, 1, 1, 0.5), (4, 1, 0.5, 0), (3, 0.5, 1, 0)];
        double sz = spacing.Z, sy = spacing.Y, sx = spacing.X;
        var points = new List<(double Z, double Y, double X)>();
        for (var iz = 0; iz < nz - 1; iz++)
        {
            for (var iy = 0; iy < ny - 1; iy++)
            {
                for (var ix = 0; ix < nx - 1; ix++)
                {
                    var cube = 0;
                    for (var c = 0; c < 8; c++)
                    {
                        if (Inside(iz + corners[c, 0], iy + corners[c, 1], ix + corners[c, 2]))
                        {
                            cube |= 1 << c;
                        }
                    }

                    if ((cube & 0x80) != 0)
                    {
                        cube ^= 0xff;
                    }

                    foreach (var (corner, z, y, x) in edgeVertices)
                    {
                        if ((cube & 1 << corner) != 0)
                        {
                            points.Add(((iz + z) * sz, (iy + y) * sy, (ix + x) * sx));
                        }
                    }
                }
            }
        }

        double slice = 0, column = 0, row = 0, all = 0;
        for (var i = points.Count - 1; i > 0; i--)
        {
            var a = points[i];
            for (var j = 0; j < i; j++)
            {
                var b = points[j];
                double dz = a.Z - b.Z, dy = a.Y - b.Y, dx = a.X - b.X;
                var d = dz * dz + dy * dy + dx * dx;
                if (a.Z == b.Z && d > slice)
                {
                    slice = d;
                }

                if (a.Y == b.Y && d > column)
                {
                    column = d;
                }

                if (a.X == b.X && d > row)
                {
                    row = d;
                }

                if (d > all)
                {
                    all = d;
                }
            }
        }

        return (Math.Sqrt(slice), Math.Sqrt(column), Math.Sqrt(row), Math.Sqrt(all));
    }

    /// <summary>Surface area and volume summed triangle by triangle with absolute coordinates.</summary>
    public static (double SurfaceArea, double Volume) Mesh(Size3 size, Vec3 spacing, byte[] mask)
    {
        bool Inside(int z, int y, int x) =>
            z >= 1 && z <= size.Z && y >= 1 && y <= size.Y && x >= 1 && x <= size.X
            && mask[((z - 1) * size.Y + y - 1) * size.X + x - 1] != 0;

        double[] s = [spacing.Z, spacing.Y, spacing.X];
        double area = 0, volume = 0;
        var a = new double[3];
        var b = new double[3];
        var c = new double[3];
        for (var iz = 0; iz <= size.Z; iz++)
        {
            for (var iy = 0; iy <= size.Y; iy++)
            {
                for (var ix = 0; ix <= size.X; ix++)
                {
                    var cube = 0;
                    for (var corner = 0; corner < 8; corner++)
                    {
                        var (dz, dy, dx) = (MarchingCubesTable.Corners[corner, 0], MarchingCubesTable.Corners[corner, 1], MarchingCubesTable.Corners[corner, 2]);
                        if (Inside(iz + dz, iy + dy, ix + dx))
                        {
                            cube |= 1 << corner;
                        }
                    }

                    var sign = 1;
                    if ((cube & 0x80) != 0)
                    {
                        cube ^= 0xff;
                        sign = -1;
                    }

                    var triangles = MarchingCubesTable.Triangles[cube];
                    int[] origin = [iz, iy, ix];
                    for (var t = 0; t < triangles.Length; t += 3)
                    {
                        for (var d = 0; d < 3; d++)
                        {
                            a[d] = (origin[d] + 0.5 * MarchingCubesTable.HalfMidpoint(triangles[t], d)) * s[d];
                            b[d] = (origin[d] + 0.5 * MarchingCubesTable.HalfMidpoint(triangles[t + 1], d)) * s[d];
                            c[d] = (origin[d] + 0.5 * MarchingCubesTable.HalfMidpoint(triangles[t + 2], d)) * s[d];
                        }

                        volume += sign * (c[0] * (a[1] * b[2] - b[1] * a[2]) + c[1] * (a[2] * b[0] - b[2] * a[0]) + c[2] * (a[0] * b[1] - b[0] * a[1]));
                        double[] u = [a[0] - c[0], a[1] - c[1], a[2] - c[2]];
                        double[] v = [b[0] - c[0], b[1] - c[1], b[2] - c[2]];
                        var n0 = u[1] * v[2] - v[1] * u[2];
                        var n1 = u[2] * v[0] - v[2] * u[0];
                        var n2 = u[0] * v[1] - v[0] * u[1];
                        area += 0.5 * Math.Sqrt(n0 * n0 + n1 * n1 + n2 * n2);
                    }
                }
            }
        }

        return (area, volume / 6);
    }
}
