using SlicerBridge.Radiomics.Features.Shape;

namespace SlicerBridge.Radiomics.Tests.Features.Shape;

/// <summary>
/// Checks the triangulation data against the topology derived independently from the cube faces: every
/// configuration's triangles must tile exactly the polygons whose sides are the faces' iso-lines, with
/// each diagonal shared by two triangles in opposite directions, and face out of the ROI.
/// </summary>
public class MarchingCubesTableTests
{
    /// <summary>The six cube faces as corner cycles.</summary>
    private static readonly int[][] Faces =
    [
        [0, 1, 2, 3], [4, 5, 6, 7], [0, 1, 5, 4], [3, 2, 6, 7], [0, 3, 7, 4], [1, 2, 6, 5],
    ];

    public static TheoryData<int> Configurations => new(Enumerable.Range(0, 128));

    [Theory]
    [MemberData(nameof(Configurations))]
    public void TrianglesTileTheFacePolygons(int configuration)
    {
        var triangles = MarchingCubesTable.Triangles[configuration];
        Assert.Equal(0, triangles.Length % 3);

        // Directed triangle sides: a side used once lies on a cube face, a side used twice is a diagonal.
        var sides = new Dictionary<(int, int), int>();
        for (var t = 0; t < triangles.Length; t += 3)
        {
            for (var i = 0; i < 3; i++)
            {
                var side = (triangles[t + i], triangles[t + (i + 1) % 3]);
                sides[side] = sides.GetValueOrDefault(side) + 1;
            }
        }

        Assert.All(sides, s => Assert.Equal(1, s.Value));
        var boundary = sides.Keys.Where(s => !sides.ContainsKey((s.Item2, s.Item1)))
            .Select(s => (Math.Min(s.Item1, s.Item2), Math.Max(s.Item1, s.Item2))).Order().ToList();
        Assert.Equal(FaceSegments(configuration).Order(), boundary);
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public void PolygonsFaceOutOfTheRoi(int configuration)
    {
        // Polygons share no vertex (a crossed edge belongs to one polygon), so group triangles by vertices.
        var triangles = MarchingCubesTable.Triangles[configuration];
        var polygon = Enumerable.Range(0, 12).ToArray();
        int Root(int e) => polygon[e] == e ? e : polygon[e] = Root(polygon[e]);
        for (var t = 0; t < triangles.Length; t += 3)
        {
            polygon[Root(triangles[t + 1])] = Root(triangles[t]);
            polygon[Root(triangles[t + 2])] = Root(triangles[t]);
        }

        foreach (var group in Enumerable.Range(0, triangles.Length / 3).GroupBy(t => Root(triangles[3 * t])))
        {
            // The polygon's vector area must point the way its crossed edges run from ROI to background.
            var area = new double[3];
            var outward = new double[3];
            foreach (var t in group)
            {
                var (a, b, c) = (triangles[3 * t], triangles[3 * t + 1], triangles[3 * t + 2]);
                var normal = Cross(Minus(Midpoint(b), Midpoint(a)), Minus(Midpoint(c), Midpoint(a)));
                for (var d = 0; d < 3; d++)
                {
                    area[d] += normal[d];
                }
            }

            foreach (var edge in group.SelectMany(t => triangles.Skip(3 * t).Take(3)).Distinct())
            {
                var (p, q) = (MarchingCubesTable.Edges[edge, 0], MarchingCubesTable.Edges[edge, 1]);
                var direction = Minus(Corner(q), Corner(p));
                var sign = Inside(configuration, p) ? 1 : -1;
                for (var d = 0; d < 3; d++)
                {
                    outward[d] += sign * direction[d];
                }
            }

            Assert.True(Dot(area, outward) > 0, $"configuration {configuration}, polygon of {group.Key}");
        }
    }

    /// <summary>
    /// Iso-line segments on the faces, each joining two crossed edges: one per face with two crossings; on a
    /// face with four (two diagonal ROI corners), each ROI corner is cut off by its own segment.
    /// </summary>
    private static IEnumerable<(int, int)> FaceSegments(int configuration)
    {
        foreach (var face in Faces)
        {
            var crossed = Enumerable.Range(0, 4)
                .Where(i => Inside(configuration, face[i]) != Inside(configuration, face[(i + 1) % 4]))
                .Select(i => EdgeBetween(face[i], face[(i + 1) % 4]))
                .ToList();
            if (crossed.Count == 2)
            {
                yield return (Math.Min(crossed[0], crossed[1]), Math.Max(crossed[0], crossed[1]));
            }
            else if (crossed.Count == 4)
            {
                for (var i = 0; i < 4; i++)
                {
                    if (Inside(configuration, face[i]))
                    {
                        var before = EdgeBetween(face[(i + 3) % 4], face[i]);
                        var after = EdgeBetween(face[i], face[(i + 1) % 4]);
                        yield return (Math.Min(before, after), Math.Max(before, after));
                    }
                }
            }
        }
    }

    private static bool Inside(int configuration, int corner) => (configuration >> corner & 1) != 0;

    private static int EdgeBetween(int p, int q) => Enumerable.Range(0, 12).Single(e =>
        (MarchingCubesTable.Edges[e, 0] == p && MarchingCubesTable.Edges[e, 1] == q)
        || (MarchingCubesTable.Edges[e, 0] == q && MarchingCubesTable.Edges[e, 1] == p));

    private static double[] Midpoint(int edge) => [.. Enumerable.Range(0, 3).Select(d => MarchingCubesTable.HalfMidpoint(edge, d) / 2.0)];

    private static double[] Corner(int corner) => [.. Enumerable.Range(0, 3).Select(d => (double)MarchingCubesTable.Corners[corner, d])];

    private static double[] Minus(double[] a, double[] b) => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];

    private static double[] Cross(double[] a, double[] b) =>
        [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];

    private static double Dot(double[] a, double[] b) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}
