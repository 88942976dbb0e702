namespace SlicerBridge.Radiomics.Features.Shape;

/// <summary>
/// PyRadiomics' four maximum diameters: the largest distance between two marching-cubes vertices overall
/// (3-D), and between two vertices with equal z (slice), equal y (column) or equal x (row) coordinate.
/// </summary>
/// <remarks>
/// <para>The vertices are the midpoints of the grid edges whose two voxels differ, each once: the set
/// PyRadiomics collects from cube edges 6, 7 and 11. It compares all pairs; the same maxima are found here
/// from far fewer points. A farthest pair of a point set consists of vertices (extreme points) of its convex
/// hull, so each plane's diameter is found among the vertices of that plane's 2-D hull; and a vertex of the
/// 3-D hull is a vertex of the 2-D hull of its slice, its column plane and its row plane, so the 3-D diameter
/// is found among the points on all three.</para>
/// <para>This holds for the rounded distances too: a point p that is not a hull vertex is a convex
/// combination Σλᵢvᵢ of hull vertices, so for any q, Σλᵢ|vᵢ − q|² = |p − q|² + Σλᵢ|vᵢ − p|², and some vertex is
/// farther from q than p by at least (smallest spacing / 2)², since distinct vertices are that far apart; no
/// rounding of squared distances (relative error a few 1e-16) can reverse a gap that size for ROIs less
/// than ten million voxels across. Distances
/// are evaluated from the same coordinates and in the same order as PyRadiomics, so the maxima are equal
/// bit for bit. Hulls are computed on the exact half-voxel integer lattice, and the pairs among hull
/// vertices are searched with <see cref="FarthestPairSearch"/>, which skips only pairs that cannot win.</para>
/// </remarks>
internal sealed class MeshDiameters
{
    private const int SliceAxis = 0;
    private const int ColumnAxis = 1;
    private const int RowAxis = 2;

    private MeshDiameters(double slice, double column, double row, double maximum3D)
    {
        Slice = slice;
        Column = column;
        Row = row;
        Maximum3D = maximum3D;
    }

    /// <summary>Largest distance within an axial (equal z) plane, mm.</summary>
    public double Slice { get; }

    /// <summary>Largest distance within a coronal (equal y) plane, mm.</summary>
    public double Column { get; }

    /// <summary>Largest distance within a sagittal (equal x) plane, mm.</summary>
    public double Row { get; }

    /// <summary>Largest distance overall, mm.</summary>
    public double Maximum3D { get; }

    /// <param name="mask">The padded ROI mask.</param>
    /// <param name="spacing">Voxel spacing in mm in (z, y, x) order.</param>
    public static MeshDiameters Compute(PaddedMask mask, ReadOnlySpan<double> spacing)
    {
        ArgumentNullException.ThrowIfNull(mask);
        var vertices = CollectVertices(mask);
        var n = vertices[0].Length;

        // Physical coordinates exactly as PyRadiomics forms them: (index + 0 or 0.5) × spacing.
        var physical = new double[3][];
        for (var axis = 0; axis < 3; axis++)
        {
            physical[axis] = new double[n];
            for (var i = 0; i < n; i++)
            {
                physical[axis][i] = 0.5 * vertices[axis][i] * spacing[axis];
            }
        }

        var onHull = new byte[n];
        var order = new int[n];
        var scratch = new int[n];
        var hull = new int[2 * n + 1];
        var radius = new double[n];
        var counts = new int[2 * Math.Max(mask.Nx, Math.Max(mask.Ny, mask.Nz)) + 1];
        var planeMaxima = new double[3];
        for (var axis = 0; axis < 3; axis++)
        {
            var (u, v) = InPlaneAxes(axis);
            for (var i = 0; i < n; i++)
            {
                order[i] = i;
            }

            // Stable counting sorts, least significant key first: by plane, then u, then v.
            SortBy(order, scratch, vertices[v], counts);
            SortBy(order, scratch, vertices[u], counts);
            SortBy(order, scratch, vertices[axis], counts);
            planeMaxima[axis] = PlaneMaximum(order, vertices[axis], vertices[u], vertices[v], physical, hull, radius, onHull, (byte)(1 << axis));
        }

        var candidates = 0;
        for (var i = 0; i < n; i++)
        {
            if (onHull[i] == 0b111)
            {
                order[candidates++] = i;
            }
        }

        // The 3-D maximum is at least every planar one, which lets the search skip more pairs at once.
        var maximum3D = FarthestPairSearch.MaximumSquaredDistance(
            order.AsSpan(0, candidates), physical, planeMaxima.Max(), radius);
        return new MeshDiameters(
            Math.Sqrt(planeMaxima[SliceAxis]),
            Math.Sqrt(planeMaxima[ColumnAxis]),
            Math.Sqrt(planeMaxima[RowAxis]),
            Math.Sqrt(maximum3D));
    }

    /// <summary>The two in-plane axes, in (z, y, x) order, of the plane normal to <paramref name="axis"/>.</summary>
    private static (int U, int V) InPlaneAxes(int axis) => axis switch
    {
        SliceAxis => (ColumnAxis, RowAxis),
        ColumnAxis => (SliceAxis, RowAxis),
        _ => (SliceAxis, ColumnAxis),
    };

    /// <summary>
    /// Midpoints of every grid edge between an ROI voxel and a background voxel, in half-voxel units of
    /// the padded grid, as three coordinate arrays in (z, y, x) order.
    /// </summary>
    private static int[][] CollectVertices(PaddedMask mask)
    {
        var counter = new EdgeCounter();
        VisitBoundaryEdges(mask, ref counter);
        var writer = new EdgeWriter(counter.Count);
        VisitBoundaryEdges(mask, ref writer);
        return writer.Vertices;
    }

    /// <summary>
    /// Hands <paramref name="sink"/> the half-voxel (z, y, x) midpoint of each edge whose voxels differ.
    /// The last layer of the padded grid is background, so edges reaching it from the layer before are the
    /// only ones there that can cross, and they start inside the visited range.
    /// </summary>
    private static void VisitBoundaryEdges<TSink>(PaddedMask mask, ref TSink sink)
        where TSink : struct, IEdgeSink
    {
        var m = mask.Voxels;
        var nx = mask.Nx;
        var slice = mask.SliceStride;
        for (var z = 0; z < mask.Nz - 1; z++)
        {
            for (var y = 0; y < mask.Ny - 1; y++)
            {
                var row = mask.Index(0, y, z);
                for (var x = 0; x < nx - 1; x++)
                {
                    var i = row + x;
                    var here = m[i];
                    if (here != m[i + 1])
                    {
                        sink.Add(2 * z, 2 * y, 2 * x + 1);
                    }

                    if (here != m[i + nx])
                    {
                        sink.Add(2 * z, 2 * y + 1, 2 * x);
                    }

                    if (here != m[i + slice])
                    {
                        sink.Add(2 * z + 1, 2 * y, 2 * x);
                    }
                }
            }
        }
    }

    private static void SortBy(int[] order, int[] scratch, int[] key, int[] counts)
    {
        Array.Clear(counts);
        foreach (var i in order)
        {
            counts[key[i]]++;
        }

        var start = 0;
        for (var k = 0; k < counts.Length; k++)
        {
            (counts[k], start) = (start, start + counts[k]);
        }

        foreach (var i in order)
        {
            scratch[counts[key[i]]++] = i;
        }

        scratch.CopyTo(order, 0);
    }

    /// <summary>
    /// For vertices sorted by (plane, u, v): the largest squared distance within any one plane, found among
    /// each plane's hull vertices, which are flagged with <paramref name="flag"/>.
    /// </summary>
    private static double PlaneMaximum(
        int[] order, int[] plane, int[] u, int[] v, double[][] physical, int[] hull, double[] radius, byte[] onHull, byte flag)
    {
        var maximum = 0.0;
        for (var start = 0; start < order.Length;)
        {
            var end = start + 1;
            while (end < order.Length && plane[order[end]] == plane[order[start]])
            {
                end++;
            }

            var count = ConvexHull2D.Vertices(order.AsSpan(start, end - start), u, v, hull);
            for (var h = 0; h < count; h++)
            {
                onHull[hull[h]] |= flag;
            }

            maximum = FarthestPairSearch.MaximumSquaredDistance(hull.AsSpan(0, count), physical, maximum, radius);
            start = end;
        }

        return maximum;
    }

    private interface IEdgeSink
    {
        void Add(int z, int y, int x);
    }

    private struct EdgeCounter : IEdgeSink
    {
        public int Count;

        public void Add(int z, int y, int x) => Count++;
    }

    private struct EdgeWriter(int count) : IEdgeSink
    {
        private int _next;

        public int[][] Vertices { get; } = [new int[count], new int[count], new int[count]];

        public void Add(int z, int y, int x)
        {
            Vertices[0][_next] = z;
            Vertices[1][_next] = y;
            Vertices[2][_next] = x;
            _next++;
        }
    }
}
