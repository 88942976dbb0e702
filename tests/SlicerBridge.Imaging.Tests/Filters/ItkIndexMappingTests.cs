using SlicerBridge.Imaging.Filters;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.Tests.Filters;

public class ItkIndexMappingTests
{
    public static TheoryData<int> Grids()
    {
        var data = new TheoryData<int>();
        var count = FilterFixtures.Itk.GetProperty("physical_to_index").GetArrayLength();
        for (var i = 0; i < count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Grids))]
    public void Physical_to_index_matrix_is_bit_identical_to_itk(int grid)
    {
        var entry = FilterFixtures.Itk.GetProperty("physical_to_index")[grid];
        var spacing = entry.GetProperty("spacing").Doubles();
        var d = entry.GetProperty("direction").EnumerateArray().Select(r => r.Doubles()).ToArray();
        var m = entry.GetProperty("matrix").EnumerateArray().Select(r => r.Doubles()).ToArray();
        var geometry = new ImageGeometry(new Size3(2, 2, 2), new Vec3(spacing[0], spacing[1], spacing[2]), default,
            new Matrix3(d[0][0], d[0][1], d[0][2], d[1][0], d[1][1], d[1][2], d[2][0], d[2][1], d[2][2]));

        var mapping = new ItkIndexMapping(geometry);

        // With the origin at 0, the index of a unit vector is the matrix column, entry for entry.
        for (var column = 0; column < 3; column++)
        {
            var index = mapping.PhysicalToContinuousIndex(new Vec3(column == 0 ? 1 : 0, column == 1 ? 1 : 0, column == 2 ? 1 : 0));
            for (var row = 0; row < 3; row++)
            {
                Assert.Equal(m[row][column], index[row]);
            }
        }
    }
}
