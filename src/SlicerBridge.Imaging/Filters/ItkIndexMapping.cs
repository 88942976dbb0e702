using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// ITK's index ↔ physical arithmetic (itkImageBase.h) in its order of operations, so that grid points
/// that fall exactly between voxels (2.5 mm slices resampled to 1 mm) round the way ITK rounds them.
/// </summary>
internal sealed class ItkIndexMapping
{
    private readonly double[] _indexToPhysical = new double[9];
    private readonly double[] _physicalToIndex = new double[9];
    private readonly Vec3 _origin;

    public ItkIndexMapping(ImageGeometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        _origin = geometry.Origin;
        var direction = geometry.Direction;
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                // direction * diag(spacing): the other products are zeros, so each entry is one product.
                _indexToPhysical[r * 3 + c] = direction[r, c] * geometry.Spacing[c];
            }
        }

        // ITK inverts with vnl's SVD; on oblique grids a closed-form inverse differs in the last bits.
        VnlMatrixInverse.Invert(_indexToPhysical).CopyTo(_physicalToIndex, 0);
    }

    /// <summary><c>TransformIndexToPhysicalPoint</c> for an integer index: origin first, then each term added.</summary>
    public Vec3 IndexToPhysical(long i, long j, long k)
    {
        Span<double> point = stackalloc double[3];
        for (var r = 0; r < 3; r++)
        {
            var p = _origin[r];
            p += _indexToPhysical[r * 3] * i;
            p += _indexToPhysical[r * 3 + 1] * j;
            p += _indexToPhysical[r * 3 + 2] * k;
            point[r] = p;
        }

        return new Vec3(point[0], point[1], point[2]);
    }

    /// <summary><c>TransformContinuousIndexToPhysicalPoint</c>: the matrix product first, then the origin.</summary>
    public Vec3 ContinuousIndexToPhysical(Vec3 index)
    {
        Span<double> point = stackalloc double[3];
        for (var r = 0; r < 3; r++)
        {
            var sum = 0.0;
            sum += _indexToPhysical[r * 3] * index.X;
            sum += _indexToPhysical[r * 3 + 1] * index.Y;
            sum += _indexToPhysical[r * 3 + 2] * index.Z;
            point[r] = sum + _origin[r];
        }

        return new Vec3(point[0], point[1], point[2]);
    }

    /// <summary><c>TransformPhysicalPointToContinuousIndex</c>.</summary>
    public Vec3 PhysicalToContinuousIndex(Vec3 point)
    {
        var v0 = point.X - _origin.X;
        var v1 = point.Y - _origin.Y;
        var v2 = point.Z - _origin.Z;
        Span<double> index = stackalloc double[3];
        for (var r = 0; r < 3; r++)
        {
            var sum = 0.0;
            sum += _physicalToIndex[r * 3] * v0;
            sum += _physicalToIndex[r * 3 + 1] * v1;
            sum += _physicalToIndex[r * 3 + 2] * v2;
            index[r] = sum;
        }

        return new Vec3(index[0], index[1], index[2]);
    }
}
