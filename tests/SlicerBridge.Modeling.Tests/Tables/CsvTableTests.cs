using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Tables;
using SlicerBridge.Testing;

namespace SlicerBridge.Modeling.Tests.Tables;

public sealed class CsvTableTests
{
    [Fact]
    public void Quoted_fields_hold_commas_quotes_and_line_breaks()
    {
        var table = CsvTable.Parse("name,note,x\r\n\"a, b\",\"say \"\"hi\"\"\",1\r\nc,\"two\nlines\",2\r\n", "t.csv");
        Assert.Equal(["name", "note", "x"], table.Columns);
        Assert.Equal(["a, b", "c"], table.Text("name"));
        Assert.Equal(["say \"hi\"", "two\nlines"], table.Text("note"));
        Assert.Equal([1.0, 2.0], table.Numbers("x"));
        Assert.Equal([2, 3], table.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Line_numbers_count_line_breaks_inside_quotes()
    {
        var table = CsvTable.Parse("a,b\n\"x\ny\",1\nz,oops\n", "t.csv");
        var e = Assert.Throws<InvalidInputException>(() => table.Numbers("b"));
        Assert.Equal("line 4, column 'b': not a number", e.Message);
    }

    [Fact]
    public void Numbers_are_culture_invariant_with_exponents_and_round_trip()
    {
        var table = CsvTable.Parse("x\n1.5\n-2e-3\n 0.1 \n0.30000000000000004\n+7\n", "t.csv");
        Assert.Equal([1.5, -0.002, 0.1, 0.30000000000000004, 7], table.Numbers("x"));
    }

    [Theory]
    [InlineData("x\nNaN\n", "line 2, column 'x': not a finite number")]
    [InlineData("x\nInfinity\n", "line 2, column 'x': not a finite number")]
    [InlineData("x\n1,000\n", "line 2 has 2 fields but the header has 1")]
    [InlineData("x\n\n1\n\n", null)]
    [InlineData("x,y\n\"\",1\n", "line 2, column 'x': value is missing")]
    public void Bad_numbers_and_ragged_rows_are_reported(string text, string? message)
    {
        if (message is null)
        {
            Assert.Equal([1.0], CsvTable.Parse(text, "t.csv").Numbers("x"));
            return;
        }

        var e = Assert.Throws<InvalidInputException>(() => CsvTable.Parse(text, "t.csv").Numbers("x"));
        Assert.Equal(message, e.Message);
        Assert.Equal("t.csv", e.Where);
    }

    [Theory]
    [InlineData("a,b\n1,2\"x\n", "line 2: a quote inside an unquoted field (quote the whole field and double the quote)")]
    [InlineData("a,b\n\"1\"x,2\n", "line 2: unexpected text after a closing quote")]
    [InlineData("a,b\n1,\"2\n", "line 2: quoted field is never closed")]
    [InlineData("", "CSV file is empty (no header row)")]
    [InlineData("a,a\n1,2\n", "column 'a' appears twice in the header")]
    [InlineData("a,,c\n1,2,3\n", "column 2 of the header has no name")]
    public void Malformed_csv_is_reported(string text, string message)
    {
        var e = Assert.Throws<InvalidInputException>(() => CsvTable.Parse(text, "t.csv"));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Byte_order_mark_and_header_spaces_are_ignored()
    {
        var table = CsvTable.Parse("\uFEFF id , x\nA,1", "t.csv");
        Assert.Equal(["id", "x"], table.Columns);
        Assert.Equal([1.0], table.Numbers("x"));
    }

    [Fact]
    public void Binary_accepts_0_and_1_written_as_numbers()
    {
        var table = CsvTable.Parse("e\n0\n1\n1.0\n0e0\n", "t.csv");
        Assert.Equal([0, 1, 1, 0], table.Binary("e"));
    }

    [Fact]
    public void Missing_file_is_bad_input()
    {
        using var dir = new TempDirectory();
        var e = Assert.Throws<InvalidInputException>(() => CsvTable.Load(dir.File("none.csv")));
        Assert.Equal("file not found", e.Message);
    }

    [Fact]
    public void Reads_the_r_cohort()
    {
        var table = CsvTable.Load(Fixtures.Path("r", "data", "outcomes_cohort.csv"));
        Assert.Equal(80, table.RowCount);
        Assert.Equal(56, table.Binary("pfs_event").Sum());
        Assert.Equal("O001", table.Text("id")[0]);
    }
}
