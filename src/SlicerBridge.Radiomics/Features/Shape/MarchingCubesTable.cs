namespace SlicerBridge.Radiomics.Features.Shape;

/// <summary>
/// Marching-cubes triangles for binary masks with every vertex at an edge midpoint, in the cube and
/// edge numbering PyRadiomics uses (Lorensen and Cline's). Only configurations without corner 7 are
/// tabulated; PyRadiomics handles the other half by complementing the cube and flipping the volume sign.
/// </summary>
/// <remarks>
/// Which edge midpoints form a polygon follows from the rule "on a face with two diagonal ROI corners,
/// each ROI corner is cut off on its own", but a pentagon, hexagon or heptagon between edge midpoints is not
/// planar, so how it is split into triangles changes both area and volume. <see cref="Triangulations"/>
/// therefore records the split of the classic table that PyRadiomics uses (published by P. Bourke,
/// "Polygonising a scalar field", 1994, with tables by C. Bloyd placed in the public domain), as unordered
/// edge triples. Orientation is derived here; the tests check that every entry tiles exactly the polygons
/// the face rule gives and faces outwards.
/// </remarks>
internal static class MarchingCubesTable
{
    /// <summary>Cube corners as (z, y, x) offsets from the cube origin, bit i of a configuration is corner i.</summary>
    public static readonly int[,] Corners =
    {
        { 0, 0, 0 }, { 0, 0, 1 }, { 0, 1, 1 }, { 0, 1, 0 },
        { 1, 0, 0 }, { 1, 0, 1 }, { 1, 1, 1 }, { 1, 1, 0 },
    };

    /// <summary>The twelve cube edges as pairs of corners.</summary>
    public static readonly int[,] Edges =
    {
        { 0, 1 }, { 1, 2 }, { 2, 3 }, { 3, 0 },
        { 4, 5 }, { 5, 6 }, { 6, 7 }, { 7, 4 },
        { 0, 4 }, { 1, 5 }, { 2, 6 }, { 3, 7 },
    };

    /// <summary>Configurations 0..127: triangles as three hexadecimal edge numbers each.</summary>
    private static readonly string[] Triangulations =
    [
        "", "038", "019", "138 189", "12a", "038 12a", "29a 029", "238 28a 89a",
        "23b", "02b 08b", "019 23b", "12b 19b 89b", "13a 3ab", "01a 08a 8ab", "039 39b 9ab", "89a 8ab",
        "478", "034 347", "019 478", "149 147 137", "12a 478", "347 034 12a", "29a 029 478", "29a 279 237 479",
        "478 23b", "47b 24b 024", "019 478 23b", "47b 49b 29b 129", "13a 3ab 478", "1ab 14b 014 47b", "478 039 39b 9ab", "47b 49b 9ab",
        "459", "459 038", "045 015", "458 358 135", "12a 459", "038 12a 459", "25a 245 024", "25a 235 345 348",
        "459 23b", "02b 08b 459", "045 015 23b", "125 258 28b 458", "13a 3ab 459", "459 01a 08a 8ab", "045 05b 5ab 03b", "458 58a 8ab",
        "789 579", "039 359 357", "078 017 157", "157 137", "789 579 12a", "12a 039 359 357", "028 258 578 25a", "25a 235 357",
        "579 789 23b", "579 279 029 27b", "23b 018 178 157", "12b 17b 157", "789 579 13a 3ab", "057 059 07b 01a 0ab", "0ab 03b 05a 078 057", "5ab 57b",
        "56a", "038 56a", "019 56a", "138 189 56a", "156 126", "156 126 038", "569 069 026", "589 258 256 238",
        "23b 56a", "02b 08b 56a", "019 23b 56a", "12b 19b 89b 56a", "36b 356 135", "08b 05b 015 56b", "36b 036 056 059", "569 69b 89b",
        "478 56a", "034 347 56a", "019 478 56a", "149 147 137 56a", "478 156 126", "034 347 156 126", "478 569 069 026", "379 479 239 569 269",
        "23b 478 56a", "47b 24b 024 56a", "019 23b 478 56a", "47b 49b 29b 129 56a", "478 36b 356 135", "15b 56b 01b 47b 04b", "478 36b 036 056 059", "569 69b 479 79b",
        "49a 46a", "49a 46a 038", "01a 06a 046", "138 168 468 16a", "149 124 246", "149 124 246 038", "024 246", "238 248 246",
        "23b 49a 46a", "02b 08b 49a 46a", "23b 01a 06a 046", "146 16a 148 12b 18b", "469 369 139 36b", "18b 018 16b 149 146", "36b 036 046", "468 68b",
        "67a 78a 89a", "67a 07a 09a 037", "67a 17a 178 018", "67a 17a 137", "126 168 189 678", "269 129 679 039 379", "078 067 026", "237 267",
        "23b 67a 78a 89a", "027 27b 079 67a 79a", "67a 17a 178 018 23b", "12b 17b 16a 167", "689 678 169 36b 136", "019 67b", "078 067 03b 06b", "67b",
    ];

    /// <summary>
    /// For configurations 0..127, the triangles as edge triples (a, b, c) ordered so that (b − a) × (c − a),
    /// in (z, y, x) components, points out of the ROI.
    /// </summary>
    public static readonly int[][] Triangles = BuildTriangles();

    /// <summary>Midpoint of an edge in half-voxel units, (z, y, x) component <paramref name="axis"/>.</summary>
    public static int HalfMidpoint(int edge, int axis) => Corners[Edges[edge, 0], axis] + Corners[Edges[edge, 1], axis];

    private static int[][] BuildTriangles()
    {
        var table = new int[Triangulations.Length][];
        for (var configuration = 0; configuration < table.Length; configuration++)
        {
            var words = Triangulations[configuration].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var triangles = new int[words.Length * 3];
            for (var t = 0; t < words.Length; t++)
            {
                var a = Convert.ToInt32(words[t][..1], 16);
                var b = Convert.ToInt32(words[t][1..2], 16);
                var c = Convert.ToInt32(words[t][2..], 16);
                if (OutwardFlux(configuration, a, b, c) < 0)
                {
                    (b, c) = (c, b);
                }

                triangles[3 * t] = a;
                triangles[3 * t + 1] = b;
                triangles[3 * t + 2] = c;
            }

            table[configuration] = triangles;
        }

        return table;
    }

    /// <summary>
    /// The triangle's normal dotted with the sum of its edges' directions from ROI corner to background
    /// corner: positive when the normal points out of the ROI. It is never zero for a midpoint triangle.
    /// </summary>
    private static int OutwardFlux(int configuration, int a, int b, int c)
    {
        Span<int> ab = stackalloc int[3];
        Span<int> ac = stackalloc int[3];
        Span<int> outward = stackalloc int[3];
        foreach (var edge in (ReadOnlySpan<int>)[a, b, c])
        {
            var (from, to) = (Edges[edge, 0], Edges[edge, 1]);
            if ((configuration >> from & 1) == 0)
            {
                (from, to) = (to, from);
            }

            for (var axis = 0; axis < 3; axis++)
            {
                outward[axis] += Corners[to, axis] - Corners[from, axis];
            }
        }

        for (var axis = 0; axis < 3; axis++)
        {
            ab[axis] = HalfMidpoint(b, axis) - HalfMidpoint(a, axis);
            ac[axis] = HalfMidpoint(c, axis) - HalfMidpoint(a, axis);
        }

        var nz = ab[1] * ac[2] - ab[2] * ac[1];
        var ny = ab[2] * ac[0] - ab[0] * ac[2];
        var nx = ab[0] * ac[1] - ab[1] * ac[0];
        return nz * outward[0] + ny * outward[1] + nx * outward[2];
    }
}
