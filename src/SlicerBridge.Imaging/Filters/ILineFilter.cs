using System.Numerics;

namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// A 1-D recursive filter run on many lines at once: <c>lines[i * width + c]</c> holds sample i of the
/// lines in vector c, so each SIMD lane is one line and carries exactly the scalar arithmetic.
/// </summary>
internal interface ILineFilter
{
    /// <summary>Filters the lines in place; <paramref name="scratch"/> holds 2 · length · width vectors.</summary>
    void Apply(Span<Vector<double>> lines, int length, int width, Span<Vector<double>> scratch);
}
