using System.Text.Json;
using System.Text.RegularExpressions;
using Interdict.Rules.Evaluation;
using Interdict.Rules.Tests.Support;

namespace Interdict.Rules.Tests;

/// <summary>Every labelled dev case decides as expected and cites every expected basis, judged as score.py judges it.</summary>
public sealed partial class DevCasesTests
{
    public static TheoryData<string> CaseIds()
    {
        var data = new TheoryData<string>();
        foreach (var (id, _) in Cases()) data.Add(id);
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Evaluate_DevCase_MatchesExpectedDecisionAndBasis(string id)
    {
        var element = Cases().Single(c => c.Id == id).Case;
        var answer = Engine.Evaluate(element.GetProperty("check").GetRawText());
        var expected = element.GetProperty("expected");
        Assert.Equal(expected.GetProperty("decision").GetString(), answer.Decision.ToWire());
        foreach (var basis in expected.GetProperty("basis").EnumerateArray())
        {
            var resolution = basis.GetProperty("resolution").GetString()!;
            var paragraph = basis.GetProperty("paragraph").ValueKind == JsonValueKind.Null ? null : basis.GetProperty("paragraph").GetString();
            Assert.True(answer.Basis.Any(b => b.Resolution == resolution && ParagraphMatches(paragraph, b.Paragraph)),
                $"{id}: missing basis {resolution} op{paragraph}; got {string.Join(", ", answer.Basis)}");
        }
    }

    private static bool ParagraphMatches(string? expected, string? actual)
    {
        if (expected is null) return true;
        if (actual is null) return false;
        var (elo, ehi) = Range(expected);
        var (alo, ahi) = Range(actual);
        return elo <= alo && ahi <= ehi;
    }

    private static (int Lo, int Hi) Range(string paragraph)
    {
        var match = ParagraphPattern().Match(paragraph);
        var lo = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var hi = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : lo;
        return (lo, hi);
    }

    private static IEnumerable<(string Id, JsonElement Case)> Cases()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Cases", "dev-cases.jsonl");
        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            var element = JsonDocument.Parse(line).RootElement;
            yield return (element.GetProperty("id").GetString()!, element);
        }
    }

    [GeneratedRegex(@"^(\d+)(?:-(\d+))?")]
    private static partial Regex ParagraphPattern();
}
