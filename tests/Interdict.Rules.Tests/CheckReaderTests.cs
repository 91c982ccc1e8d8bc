using Interdict.Rules.Checks;

namespace Interdict.Rules.Tests;

public sealed class CheckReaderTests
{
    [Theory]
    [InlineData("not json", "not JSON")]
    [InlineData("""{"date":"2018-01-01","activity":"trade","direction":"to_dprk"}""", "id is required")]
    [InlineData("""{"id":"X","date":"2018-13-01","activity":"trade","direction":"to_dprk"}""", "date '2018-13-01' is not a date")]
    [InlineData("""{"id":"X","date":"2018-01-01","activity":"smuggling","direction":"to_dprk"}""", "activity 'smuggling'")]
    [InlineData("""{"id":"X","date":"2018-01-01","activity":"trade","direction":"sideways"}""", "direction 'sideways'")]
    [InlineData("""{"id":"X","date":"2018-01-01","activity":"trade","direction":"to_dprk","goods":[{"hs":"270","description":"x"}]}""", "goods.hs '270' is not an HS code")]
    [InlineData("""{"id":"X","date":"2018-01-01","activity":"trade","direction":"to_dprk","goods":[{"hs":"2701.111","description":"x"}]}""", "goods.hs '2701.111' is not an HS code")]
    public void TryRead_BadCheck_NamesTheField(string json, string message)
    {
        Assert.False(CheckReader.TryRead(json, out _, out var error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_UnknownFieldsAndNulls_Ignored()
    {
        Assert.True(CheckReader.TryRead("""
            {"id":"X","date":"2018-01-01","activity":"trade","direction":"to_dprk","future_field":1,"goods":[{"hs":null,"description":"rights","origin":null}],
             "parties":[],"facts":{"purpose":null,"emergency":false},"context":null}
            """, out var check, out var error), error);
        Assert.Null(check!.Goods[0].Hs);
        Assert.False(check.Lookup("purpose").IsEstablished);
        Assert.True(check.Lookup("emergency").IsEstablished);
    }

    [Fact]
    public void TryRead_CommitteeApprovalEmptyObject_IsHeld()
    {
        Assert.True(CheckReader.TryRead("""{"id":"X","date":"2018-01-01","activity":"travel","direction":"none","parties":[],"facts":{"committee_approval":{}}}""", out var check, out _));
        Assert.NotNull(check!.CommitteeApproval);
        Assert.True(check.CommitteeApproval!.CountsFor(check.Date, check.Goods));
    }
}
