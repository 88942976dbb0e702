using SlicerBridge.Imaging;
using SlicerBridge.Modeling.FeatureTables;
using SlicerBridge.Testing;

namespace SlicerBridge.Modeling.Tests.FeatureTables;

public sealed class FeatureTableTests
{
    [Fact]
    public void Reads_features_and_geometry_and_skips_diagnostics_and_text_columns()
    {
        using var folder = new TempDirectory();
        var path = folder.File("t.csv");
        File.WriteAllText(path,
            "ID,Image,Mask,Label,diagnostics_Versions_PyRadiomics,arterial_diagnostics_Image-original_Spacing,arterial_diagnostics_Mask-original_VoxelNum,note,arterial_original_firstorder_Mean,arterial_original_glcm_Idmn\n" +
            "A,a.nrrd,am.nrrd,1,v3.1.0,\"(0.7, 0.7, 5.0)\",2000,x,12.5,nan\n" +
            "B,b.nrrd,bm.nrrd,1,v3.1.0,\"(0.8, 0.8, 2.5)\",1000,y,-3e-2,0.9\n");

        var read = FeatureTableReader.Read(path);
        Assert.Equal(["arterial_original_firstorder_Mean", "arterial_original_glcm_Idmn"], read.Table.Names);
        Assert.Equal(["diagnostics_Versions_PyRadiomics", "arterial_diagnostics_Image-original_Spacing", "arterial_diagnostics_Mask-original_VoxelNum", "note"], read.Skipped);
        Assert.Equal(-0.03, read.Table.Rows[1].Values[0]);
        Assert.True(double.IsNaN(read.Table.Rows[0].Values[1]));
        var geometry = read.Table.Rows[0].Geometry["arterial"];
        Assert.Equal([0.7, 0.7, 5.0], geometry.Spacing);
        Assert.Equal(2000 * 0.7 * 0.7 * 5.0 / 1000, geometry.VoiMl, 12);
    }

    [Fact]
    public void Written_tables_read_back_unchanged()
    {
        using var folder = new TempDirectory();
        var table = new FeatureTable(
            ["arterial_original_firstorder_Mean", "venous_original_firstorder_Mean"],
            [
                new FeatureRow("A", [0.1 + 0.2, double.NaN], new Dictionary<string, PhaseGeometry> { ["arterial"] = new([0.7, 0.7, 5], 10), ["venous"] = new([0.7, 0.7, 5], 11) }),
                new FeatureRow("B,2", [1e-300, -7], new Dictionary<string, PhaseGeometry> { ["arterial"] = new([1, 1, 1], 5), ["venous"] = new([1, 1, 2], 6) }),
            ]);
        var path = folder.File("features.csv");
        FeatureTableWriter.Write(table, path);
        var read = FeatureTableReader.Read(path).Table;
        Assert.Equal(table.Names, read.Names);
        Assert.Equal(["A", "B,2"], read.Rows.Select(r => r.Id));
        Assert.Equal(0.1 + 0.2, read.Rows[0].Values[0]);
        Assert.True(double.IsNaN(read.Rows[0].Values[1]));
        Assert.Equal(1e-300, read.Rows[1].Values[0]);
        Assert.Equal([1.0, 1, 2], read.Rows[1].Geometry["venous"].Spacing);
        Assert.Equal(6, read.Rows[1].Geometry["venous"].VoxelCount);
    }

    [Fact]
    public void A_table_without_ID_or_with_a_repeated_ID_is_refused()
    {
        using var folder = new TempDirectory();
        var path = folder.File("t.csv");
        File.WriteAllText(path, "Case,f\nA,1\n");
        Assert.Contains("no 'ID' column", Assert.Throws<InvalidInputException>(() => FeatureTableReader.Read(path)).Message, StringComparison.Ordinal);
        File.WriteAllText(path, "ID,f\nA,1\nA,2\n");
        var error = Assert.Throws<InvalidInputException>(() => FeatureTableReader.Read(path));
        Assert.Equal("duplicate case id", error.Message);
        Assert.EndsWith("line 3, column 'ID'", error.Where, StringComparison.Ordinal);
    }
}
