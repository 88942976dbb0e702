using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Cohorts;
using SlicerBridge.Testing;

namespace SlicerBridge.Modeling.Tests.Cohorts;

/// <summary>Manifest validation: every problem is refused before any image is read, naming the line and column.</summary>
public sealed class CohortManifestTests : IDisposable
{
    private const string Header = "id,split,arterial_image,arterial_mask,venous_image,venous_mask,arterial_mask_repeat,proliferative,afp_ng_ml,fold";

    private static readonly string[] Valid =
    [
        "P1,train,a1.nrrd,m1.nrrd,v1.nrrd,m1.nrrd,,1,250,1",
        "P2,train,a2.nrrd,m2.nrrd,v2.nrrd,m2.nrrd,m2r.nrrd,0,12.5,2",
        "P3,train,a1.nrrd,m1.nrrd,v1.nrrd,m1.nrrd,,0,3,3",
        "P4,validation,a2.nrrd,m2.nrrd,v2.nrrd,m2.nrrd,,1,900,",
        "P5,validation,a1.nrrd,m1.nrrd,v1.nrrd,m1.nrrd,,0,40,",
    ];

    private static readonly CohortColumnsOptions Options = new("proliferative", ["afp_ng_ml"], 3, true);

    private readonly TempDirectory _folder = new();

    public CohortManifestTests()
    {
        foreach (var name in new[] { "a1.nrrd", "m1.nrrd", "v1.nrrd", "a2.nrrd", "m2.nrrd", "v2.nrrd", "m2r.nrrd" })
        {
            File.WriteAllText(_folder.File(name), "not read by validation");
        }
    }

    public void Dispose() => _folder.Dispose();

    private string Write(string header, IEnumerable<string> rows)
    {
        var path = _folder.File("cohort.csv");
        File.WriteAllText(path, header + "\n" + string.Join("\n", rows) + "\n");
        return path;
    }

    [Fact]
    public void A_valid_manifest_resolves_paths_relative_to_itself()
    {
        var path = Write(Header, Valid);
        var manifest = CohortManifest.Load(path, Options);
        Assert.Equal(5, manifest.Cases.Count);
        Assert.Equal(_folder.File("a1.nrrd"), manifest.Cases[0].Arterial.Image);
        Assert.Null(manifest.Cases[0].Arterial.MaskRepeat);
        Assert.Equal(_folder.File("m2r.nrrd"), manifest.Cases[1].Arterial.MaskRepeat);
        Assert.Null(manifest.Cases[1].Venous.MaskReader2);
        Assert.Equal(CohortSplit.Validation, manifest.Cases[3].Record.Split);
        Assert.Null(manifest.Cases[3].Record.Fold);
        Assert.Equal(12.5, manifest.Cases[1].Record.Clinical["afp_ng_ml"]);
        Assert.Equal(64, manifest.Sha256.Length);
    }

    [Theory]
    [InlineData(1, 2, "b.nrrd", "line 3, column 'arterial_image'", "file not found: b.nrrd")]
    [InlineData(1, 6, "gone.nrrd", "line 3, column 'arterial_mask_repeat'", "file not found: gone.nrrd")]
    [InlineData(2, 0, "P1", "line 4, column 'id'", "duplicate case id (first on line 2)")]
    [InlineData(1, 8, "high", "line 3, column 'afp_ng_ml'", "not a finite number")]
    [InlineData(1, 8, "", "line 3, column 'afp_ng_ml'", "value is missing")]
    [InlineData(2, 1, "test", "line 4, column 'split'", "split must be 'train' or 'validation'")]
    [InlineData(0, 9, "4", "line 2, column 'fold'", "fold must be a whole number from 1 to 3")]
    [InlineData(0, 9, "0", "line 2, column 'fold'", "fold must be a whole number from 1 to 3")]
    [InlineData(1, 9, "", "line 3, column 'fold'", "fold must be a whole number from 1 to 3")]
    [InlineData(0, 7, "yes", "line 2, column 'proliferative'", "outcome must be 0 or 1")]
    public void A_bad_cell_is_named_by_line_and_column(int row, int column, string value, string where, string message)
    {
        var rows = Valid.Select(r => r.Split(',')).ToArray();
        rows[row][column] = value;
        var error = Assert.Throws<InvalidInputException>(() => CohortManifest.Load(Write(Header, rows.Select(r => string.Join(",", r))), Options));
        Assert.Equal(message, error.Message);
        Assert.EndsWith(where, error.Where, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("venous_mask")]
    [InlineData("proliferative")]
    [InlineData("afp_ng_ml")]
    [InlineData("split")]
    public void A_missing_column_is_named(string column)
    {
        var columns = Header.Split(',').ToList();
        var drop = columns.IndexOf(column);
        columns.RemoveAt(drop);
        var rows = Valid.Select(r => string.Join(",", r.Split(',').Where((_, k) => k != drop)));
        var error = Assert.Throws<InvalidInputException>(() => CohortManifest.Load(Write(string.Join(",", columns), rows), Options));
        Assert.StartsWith($"missing column '{column}'", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("line 1", error.Where, StringComparison.Ordinal);
    }

    [Fact]
    public void One_outcome_class_in_validation_is_refused()
    {
        var rows = Valid.Take(4).Append("P6,validation,a2.nrrd,m2.nrrd,v2.nrrd,m2.nrrd,,1,900,").ToArray();
        var error = Assert.Throws<InvalidInputException>(() => CohortManifest.Load(Write(Header, rows), Options));
        Assert.Equal("every validation case has outcome 1; validation needs both classes (or no validation cases)", error.Message);
        Assert.EndsWith("column 'proliferative'", error.Where, StringComparison.Ordinal);
    }

    [Fact]
    public void One_outcome_class_in_training_is_refused()
    {
        var rows = Valid.Select(r => r.Split(',')).ToArray();
        rows[0][7] = "0";
        var error = Assert.Throws<InvalidInputException>(() => CohortManifest.Load(Write(Header, rows.Select(r => string.Join(",", r))), Options));
        Assert.Equal("every training case has outcome 0; the model needs both classes", error.Message);
        Assert.EndsWith("column 'proliferative'", error.Where, StringComparison.Ordinal);
    }
}
