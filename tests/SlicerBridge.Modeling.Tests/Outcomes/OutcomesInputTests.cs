using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Outcomes;
using SlicerBridge.Modeling.Tables;

namespace SlicerBridge.Modeling.Tests.Outcomes;

/// <summary>Tables an analysis cannot run on are refused with a message naming the line and column.</summary>
public sealed class OutcomesInputTests
{
    private const string Header = "id,t,d,s,age,resp";

    private static readonly OutcomesOptions Options = new("t", "d", "s", Cutoff: 0.5, Covariates: ["age"], ResponseColumn: "resp");

    private static InvalidInputException Fails(params string[] rows)
    {
        var table = CsvTable.Parse(string.Join("\n", rows.Prepend(Header)) + "\n", "cohort.csv");
        return Assert.Throws<InvalidInputException>(() => OutcomesAnalysis.Run(table, Options));
    }

    [Fact]
    public void Missing_column_is_named_with_the_columns_present()
    {
        var table = CsvTable.Parse("id,t,d\na,1,1\nb,2,0\n", "cohort.csv");
        var e = Assert.Throws<InvalidInputException>(() => OutcomesAnalysis.Run(table, Options));
        Assert.Equal("column 's' not found; the table has id, t, d", e.Message);
        Assert.Equal("cohort.csv", e.Where);
    }

    [Fact]
    public void Negative_time_names_its_line()
    {
        var e = Fails("a,1,1,0.2,50,1", "b,-2,0,0.9,60,0", "c,3,1,0.7,55,1");
        Assert.Equal("line 3, column 't': survival time is negative", e.Message);
    }

    [Fact]
    public void Non_numeric_cell_names_its_line_and_column()
    {
        var e = Fails("a,1,1,0.2,50,1", "b,2,0,0.9,sixty,0");
        Assert.Equal("line 3, column 'age': not a number", e.Message);
    }

    [Fact]
    public void Decimal_comma_is_not_a_number()
    {
        var e = Fails("a,1,1,\"0,2\",50,1", "b,2,0,0.9,60,0");
        Assert.Equal("line 2, column 's': not a number", e.Message);
    }

    [Fact]
    public void Event_not_binary_names_its_line()
    {
        var e = Fails("a,1,1,0.2,50,1", "b,2,2,0.9,60,0");
        Assert.Equal("line 3, column 'd': must be 0 or 1", e.Message);
    }

    [Fact]
    public void No_events_is_refused()
    {
        var e = Fails("a,1,0,0.2,50,1", "b,2,0,0.9,60,0");
        Assert.Equal("column 'd' has no events (all 0); survival analysis needs at least one", e.Message);
    }

    [Fact]
    public void Missing_value_names_its_line()
    {
        var e = Fails("a,1,1,0.2,50,1", "b,2,0,NA,60,0");
        Assert.Equal("line 3, column 's': value is missing", e.Message);
    }

    [Fact]
    public void One_group_empty_after_the_cut_is_refused()
    {
        var e = Fails("a,1,1,0.2,50,1", "b,2,0,0.3,60,0", "c,3,1,0.1,55,1");
        Assert.Equal("cut-off 0.5 puts every patient in the low group of 's'; both groups need patients", e.Message);
        Assert.Equal("cohort.csv", e.Where);
    }

    [Fact]
    public void Response_with_one_class_is_refused()
    {
        var e = Fails("a,1,1,0.2,50,1", "b,2,0,0.9,60,1", "c,3,1,0.7,55,1", "d,4,1,0.1,45,1");
        Assert.Equal("column 'resp' has only responders; response cannot be compared", e.Message);
    }

    [Fact]
    public void Covariate_named_like_the_group_term_is_refused()
    {
        var table = CsvTable.Parse("t,d,s,s_high\n1,1,0.2,1\n2,0,0.9,0\n", "cohort.csv");
        var e = Assert.Throws<InvalidInputException>(() =>
            OutcomesAnalysis.Run(table, new OutcomesOptions("t", "d", "s", Cutoff: 0.5, Covariates: ["s_high"])));
        Assert.Contains("'s_high'", e.Message, StringComparison.Ordinal);
    }
}
