using System.Text.Json;
using Interdict.Rules.Checks;
using Interdict.Rules.Tests.Support;

namespace Interdict.Rules.Tests;

public sealed class CheckReaderTests
{
    [Theory]
    [InlineData("not json", "not JSON")]
    [InlineData("""{"date":"2018-01-01","activity":"trade","direction":"to_dprk"}""", "id is required")]
    [InlineData("""{"id":"X","date":"2018-13-01","activity":"trade","direction":"to_dprk"}""", "date '2018-13-01' is not a date")]
    [InlineData("""{"id":"X","date":"2018-01-01","activity":"smuggling","direction":"to_dprk"}""", "activity 'smuggling'")]
    [InlineData("""{"id":"X","date":"2018-01-01","activity":"trade","direction":"sideways"}""", "direction 'sideways'")]
    [InlineData("""{"id":"X","date":"2018-01-01","activity":"trade","direction":"to_dprk","goods":[{"hs":"270","description":"x"}]}""", "goods[0].hs '270' is not an HS code")]
    [InlineData("""{"id":"X","date":"2018-01-01","activity":"trade","direction":"to_dprk","goods":[{"hs":"2701.111","description":"x"}]}""", "goods[0].hs '2701.111' is not an HS code")]
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

    /// <summary>The malformed-check corpus (testdata/malformed/checks.jsonl): each line a check text, the place at
    /// fault and the words the refusal must contain. The CLI and HTTP tests run the same corpus.</summary>
    public static TheoryData<string, string, string> Malformed()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(RepositoryRoot(), "testdata", "malformed", "checks.jsonl")))
        {
            if (line.Length == 0) continue;
            using var entry = JsonDocument.Parse(line);
            var root = entry.RootElement;
            data.Add(root.GetProperty("place").GetString()!, root.GetProperty("text").GetString()!, root.GetProperty("expect").GetString()!);
        }
        return data;
    }

    [Fact]
    public void MalformedCorpus_HasAtLeast40Cases() => Assert.True(Malformed().Count >= 40);

    [Theory]
    [MemberData(nameof(Malformed))]
    public void TryRead_MalformedCorpus_RefusedNamingThePlace(string place, string text, string expected)
    {
        Assert.False(CheckReader.TryRead(text, out var check, out var error), $"accepted: {text}");
        Assert.Null(check);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        if (place != "(document)") Assert.StartsWith(place, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_NegativeCapUsed_RefusedInsteadOfGrowingTheRemainder()
    {
        Assert.False(CheckReader.TryRead("""
            {"id":"X","date":"2018-06-01","activity":"trade","direction":"to_dprk","goods":[{"hs":"2710.19","description":"diesel","category":"refined_petroleum","quantity":1000,"unit":"bbl"}],
             "parties":[],"facts":{},"context":{"cap_used":{"CAP-RP-ANNUAL-2397":{"quantity":-1000000000000,"unit":"bbl"}}}}
            """, out _, out var error));
        Assert.StartsWith("context.cap_used.CAP-RP-ANNUAL-2397.quantity -1000000000000 is negative", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_HsCodeNotInTheNomenclature_FlaggedNeverSilentlyPermitted()
    {
        var answer = Engine.Trade("2018-06-01", "to_dprk", "9999.99", "{}", "", "\"quantity\":1,\"unit\":\"unit\"");
        Assert.Contains("hs_code_unknown", answer.Flags);
        Assert.Contains("goods[0].hs 9999.99 is not a code of the HS nomenclature", answer.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("hs_code_unknown", Engine.Trade("2018-06-01", "to_dprk", "2710.19", "{}").Flags);
        Assert.DoesNotContain("hs_code_unknown", Engine.Trade("2018-06-01", "to_dprk", "2701.1", "{}").Flags);
    }

    static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Interdict.slnx"))) return directory.FullName;
        }
        throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}
