using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Radiomics.Features.Texture;

/// <summary>
/// The neighbour offsets of PyRadiomics' <c>generate_angles</c> (C extension <c>build_angles</c>), in its
/// order, so that per-angle matrices line up with PyRadiomics' angle axis.
/// </summary>
/// <remarks>
/// PyRadiomics enumerates the offsets (dz, dy, dx) with each component running from +d down to -d, dz
/// slowest, and keeps an offset when its infinity norm is one of the requested distances, it does not
/// move along the excluded (force2D) dimension, and no component reaches the crop size in its dimension.
/// The enumeration is point-symmetric, so its first half holds exactly one of each pair ±a: that half is
/// the one-directional set (GLCM, GLRLM), the whole list the bidirectional one (GLSZM, GLDM, NGTDM).
/// PyRadiomics sizes the list from a closed-form count and, when that count exceeds the distinct offsets
/// (a distance listed twice), keeps cycling through the enumeration; this class does the same.
/// </remarks>
public static class AngleOffsets
{
    /// <summary>A guard against runaway distances: all offsets up to distance 20 in 3-D number 68 920.</summary>
    public const int MaxAngles = 100_000;

    /// <summary>The offsets for <paramref name="input"/>'s crop and its force2D settings.</summary>
    public static AngleOffset[] For(FeatureInput input, IReadOnlyList<int> distances, bool bidirectional)
    {
        ArgumentNullException.ThrowIfNull(input);
        var settings = input.Settings;
        var excludedAxis = settings.Force2D ? AxisOfForce2DDimension(settings.Force2DDimension) : (int?)null;
        return Generate(input.Size, distances, bidirectional, excludedAxis);
    }

    /// <summary>
    /// Maps PyRadiomics' <c>force2Ddimension</c>, an index into numpy's (z, y, x) order, to our axis
    /// (0 = x, 1 = y, 2 = z): dimension 0 is z.
    /// </summary>
    public static int AxisOfForce2DDimension(int force2DDimension) => force2DDimension is >= 0 and <= 2
        ? 2 - force2DDimension
        : throw new InvalidInputException(
            $"force2Ddimension must be 0, 1 or 2 (numpy z, y, x order), not {force2DDimension}", "force2Ddimension");

    /// <summary>
    /// Generates the offsets for a crop of <paramref name="size"/>. <paramref name="excludedAxis"/> (0 = x,
    /// 1 = y, 2 = z) is the out-of-plane axis under force2D, or null.
    /// </summary>
    public static AngleOffset[] Generate(Size3 size, IReadOnlyList<int> distances, bool bidirectional, int? excludedAxis)
    {
        ArgumentNullException.ThrowIfNull(distances);
        if (distances.Count == 0)
        {
            throw new InvalidInputException("distances must list at least one distance", "distances");
        }

        var maxDistance = 0;
        foreach (var distance in distances)
        {
            if (distance < 1)
            {
                throw new InvalidInputException($"distances must be positive integers, not {distance}", "distances");
            }

            maxDistance = Math.Max(maxDistance, distance);
        }

        // numpy order (z, y, x) throughout, as PyRadiomics generates them.
        ReadOnlySpan<int> extent = [size.Z, size.Y, size.X];
        var excluded = excludedAxis is { } axis ? 2 - axis : -1;
        var count = AngleCount(extent, distances, excluded);
        if (!bidirectional)
        {
            count /= 2;
        }

        if (count == 0)
        {
            throw new InvalidInputException(
                $"the ROI's bounding box {size} leaves no neighbour direction at distances [{string.Join(", ", distances)}]"
                + (excludedAxis is null ? string.Empty : " in the force2D plane"),
                "distances");
        }

        var cycle = Enumerate(extent, distances, excluded, maxDistance);
        var angles = new AngleOffset[count];
        for (var a = 0; a < count; a++)
        {
            angles[a] = cycle[a % cycle.Count];
        }

        return angles;
    }

    // get_angle_count: offsets of infinity norm exactly d number (2d+1)^n - (2d-1)^n, each factor capped by
    // the range the crop allows in that dimension; the excluded dimension contributes a factor 1.
    private static int AngleCount(ReadOnlySpan<int> extent, IReadOnlyList<int> distances, int excluded)
    {
        var total = 0;
        foreach (var d in distances)
        {
            long upTo = 1, below = 1;
            for (var dim = 0; dim < 3; dim++)
            {
                if (dim == excluded)
                {
                    continue;
                }

                if (d < extent[dim])
                {
                    upTo *= 2 * d + 1;
                    below *= 2 * d - 1;
                }
                else
                {
                    upTo *= 2 * (extent[dim] - 1) + 1;
                    below *= 2 * (extent[dim] - 1) + 1;
                }
            }

            total = checked(total + (int)(upTo - below));
            if (total > MaxAngles)
            {
                throw new InvalidInputException(
                    $"distances [{string.Join(", ", distances)}] give more than {MaxAngles} neighbour offsets", "distances");
            }
        }

        return total;
    }

    // The offsets in PyRadiomics' order: lexicographically descending in (dz, dy, dx). Only the components
    // the crop allows are visited (|o| < size, 0 along the excluded dimension); PyRadiomics visits all of
    // -d..d and rejects the rest, which gives the same sequence.
    private static List<AngleOffset> Enumerate(ReadOnlySpan<int> extent, IReadOnlyList<int> distances, int excluded, int maxDistance)
    {
        Span<int> reach = stackalloc int[3];
        for (var dim = 0; dim < 3; dim++)
        {
            reach[dim] = dim == excluded ? 0 : Math.Min(maxDistance, extent[dim] - 1);
        }

        var result = new List<AngleOffset>();
        for (var dz = reach[0]; dz >= -reach[0]; dz--)
        {
            for (var dy = reach[1]; dy >= -reach[1]; dy--)
            {
                for (var dx = reach[2]; dx >= -reach[2]; dx--)
                {
                    var norm = Math.Max(Math.Abs(dz), Math.Max(Math.Abs(dy), Math.Abs(dx)));
                    if (norm > 0 && Contains(distances, norm))
                    {
                        result.Add(new AngleOffset(dx, dy, dz));
                    }
                }
            }
        }

        return result;
    }

    private static bool Contains(IReadOnlyList<int> distances, int value)
    {
        foreach (var d in distances)
        {
            if (d == value)
            {
                return true;
            }
        }

        return false;
    }
}
