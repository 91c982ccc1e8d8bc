namespace Interdict.Lists.Tests;

public sealed class CsvLineTests
{
    [Fact]
    public void Split_QuotedAndEmptyMarkers_TrimsAndNullsEmpty()
    {
        var fields = new List<string?>();

        var error = CsvLine.Split("306,\"BANCO \"\"NACIONAL\"\", S.A.\",-0- ,\"CUBA\",", fields, out _);

        Assert.Null(error);
        Assert.Equal(["306", "BANCO \"NACIONAL\", S.A.", null, "CUBA", null], fields);
    }

    [Fact]
    public void Split_UnterminatedQuote_ReportsColumn()
    {
        var error = CsvLine.Split("1,\"abc,def", [], out var column);

        Assert.NotNull(error);
        Assert.Equal(3, column);
    }

    [Fact]
    public void Split_TextAfterClosingQuote_IsAnError()
    {
        var error = CsvLine.Split("1,\"abc\"x,2", [], out var column);

        Assert.NotNull(error);
        Assert.Equal(8, column);
    }
}
