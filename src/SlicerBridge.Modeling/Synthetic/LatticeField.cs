using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Modeling.Synthetic;

/// <summary>
/// A smooth random field: standard-normal values on a coarse lattice, trilinearly interpolated. Used for
/// parenchymal mottling, intratumoural heterogeneity, irregular necrosis and the patches where a reader's
/// contour runs wide or tight. Points outside the lattice take the nearest edge value.
/// </summary>
internal sealed class LatticeField
{
    private readonly float[] _values;
    private readonly Vec3 _corner;
    private readonly Vec3 _cell;
    private readonly int _nx;
    private readonly int _ny;
    private readonly int _nz;

    /// <param name="random">Draws the lattice values.</param>
    /// <param name="low">The lowest corner of the region (mm) the field must cover.</param>
    /// <param name="high">The highest corner of that region (mm).</param>
    /// <param name="cell">Lattice spacing (mm) per axis: the size of the blobs.</param>
    public LatticeField(Random random, Vec3 low, Vec3 high, Vec3 cell)
    {
        _corner = low;
        _cell = cell;
        _nx = (int)Math.Ceiling((high.X - low.X) / cell.X) + 2;
        _ny = (int)Math.Ceiling((high.Y - low.Y) / cell.Y) + 2;
        _nz = (int)Math.Ceiling((high.Z - low.Z) / cell.Z) + 2;
        _values = new float[_nx * _ny * _nz];
        for (var i = 0; i < _values.Length; i++)
        {
            _values[i] = (float)random.Gaussian();
        }
    }

    public double this[Vec3 point]
    {
        get
        {
            var (x0, fx) = Split((point.X - _corner.X) / _cell.X, _nx);
            var (y0, fy) = Split((point.Y - _corner.Y) / _cell.Y, _ny);
            var (z0, fz) = Split((point.Z - _corner.Z) / _cell.Z, _nz);
            var i = x0 + _nx * (y0 + _ny * z0);
            var plane = _nx * _ny;
            var c00 = Lerp(_values[i], _values[i + 1], fx);
            var c10 = Lerp(_values[i + _nx], _values[i + _nx + 1], fx);
            var c01 = Lerp(_values[i + plane], _values[i + plane + 1], fx);
            var c11 = Lerp(_values[i + plane + _nx], _values[i + plane + _nx + 1], fx);
            return Lerp(Lerp(c00, c10, fy), Lerp(c01, c11, fy), fz);
        }
    }

    private static (int Index, double Fraction) Split(double t, int n)
    {
        t = Math.Clamp(t, 0, n - 1.000001);
        var index = (int)t;
        return (index, t - index);
    }

    private static double Lerp(double a, double b, double t) => a + (b - a) * t;
}
