using System.Text.Json;
using System.Text.RegularExpressions;
using Interdict.Rules.Evaluation;
using Interdict.Rules.Tests.Support;

namespace Interdict.Rules.Tests;

/// <summary>Every labelled case decides as expected and cites every expected basis, judged as score.py judges it, with
/// parties screened by the matching engine over the bundled UN list.</summary>
/// <remarks>Nine sets: <c>dev-cases.jsonl</c>, a copy of the shared development set; and eight reviews of our own, written
/// from the digest and CHECK-FORMAT alone, each case naming the digest entry it rests on (<c>digest_ref</c>), only those
/// the reviewer marked firm (where the digest is in doubt the engine's answer is not pinned): <c>review-activities</c>,
/// every activity and action of CHECK-FORMAT §1.1 with its exemptions, goods measures, caps, proposals and edge facts;
/// <c>review-measures</c>, measure by measure through the digest (each date boundary, HS code at each level, exemption
/// with one fact missing, cap period and notice, proposal, listed party); <c>review-facts</c>, every fact of
/// CHECK-FORMAT §1.5 true, false and absent, every context ledger at, under and over each ceiling in each unit, and
/// checks combining goods, parties, vessels and aircraft; <c>review-services</c>, both proposals item by item, travel,
/// diplomatic, aviation and vessel services, and the edges of the chapter-wide HS bans; <c>review-dev-neighbourhood</c>,
/// variants of each dev case in its authors' style, each changing one thing (a date across a boundary, an HS level, a
/// fact, a party, a quantity, the scenario); <c>review-trade-combinations</c>, each trade measure family with a date
/// boundary combined with transit, a third country, a false origin, a listed party, an exemption fact, an approval, a
/// cap ledger or a proposal; <c>review-services-combinations</c>, the same for financial services, joint ventures,
/// workers, vessel services, sci-tech cooperation, training and travel; <c>review-proposal-combinations</c>, both
/// proposals' items combined with a second change.</remarks>
public sealed partial class LabelledCasesTests
{
    private static readonly string[] Files = ["dev-cases.jsonl", "review-activities.jsonl", "review-measures.jsonl", "review-facts.jsonl", "review-services.jsonl", "review-dev-neighbourhood.jsonl", "review-trade-combinations.jsonl", "review-services-combinations.jsonl", "review-proposal-combinations.jsonl"];

    public static TheoryData<string, string> CaseIds()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Files)
        {
            foreach (var id in Cases(file).Keys) data.Add(file, id);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Evaluate_LabelledCase_MatchesExpectedDecisionAndBasis(string file, string id)
    {
        var element = Cases(file)[id];
        var answer = Engine.WithBundledList.Value.Evaluate(Engine.Read(element.GetProperty("check").GetRawText()));
        var expected = element.GetProperty("expected");
        Assert.Equal(expected.GetProperty("decision").GetString(), answer.Decision.ToWire());
        foreach (var basis in expected.GetProperty("basis").EnumerateArray())
        {
            var resolution = basis.GetProperty("resolution").GetString()!;
            var paragraph = basis.GetProperty("paragraph").ValueKind == JsonValueKind.Null ? null : basis.GetProperty("paragraph").GetString();
            Assert.True(answer.Basis.Any(b => b.Resolution == resolution && ParagraphMatches(paragraph, b.Paragraph)),
                $"{file} {id}: missing basis {resolution} op{paragraph}; got {string.Join(", ", answer.Basis)}");
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

    /// <summary>Each file's cases by id, read once: a theory case looks its own up instead of parsing the file again.</summary>
    private static readonly Dictionary<string, Lazy<IReadOnlyDictionary<string, JsonElement>>> ByFile =
        Files.ToDictionary(f => f, f => new Lazy<IReadOnlyDictionary<string, JsonElement>>(() => Read(f)), StringComparer.Ordinal);

    private static IReadOnlyDictionary<string, JsonElement> Cases(string file) => ByFile[file].Value;

    private static Dictionary<string, JsonElement> Read(string file)
    {
        var cases = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Cases", file)).Where(l => l.Trim().Length > 0))
        {
            var element = JsonDocument.Parse(line).RootElement;
            cases.Add(element.GetProperty("id").GetString()!, element);
        }
        return cases;
    }

    [GeneratedRegex(@"^(\d+)(?:-(\d+))?")]
    private static partial Regex ParagraphPattern();
}
