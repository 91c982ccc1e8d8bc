using System.Globalization;
using System.Text.Json;
using Interdict.Lists;
using Interdict.Matching.Screening;
using Interdict.Payments.Screening;
using Interdict.Rules.Model;
using Xunit.Abstractions;

namespace Interdict.Payments.Tests;

/// <summary>The labelled scenarios decided by <see cref="PaymentScreening"/> against the real UN list (2026-02-27) and
/// the real screener.</summary>
public sealed class PaymentScreeningTests(ITestOutputHelper output)
{
    sealed record Hit(string Field, string Value, string List, string Ref);
    sealed record Basis(string Resolution, string Paragraph);
    sealed record Scenario(string File, string Expected, Hit[] Hits, Basis[] Basis);

    static readonly Lazy<PaymentScreening> Screening = new(() =>
    {
        var list = UnListParser.Parse(Path.Combine(Samples.Root, "testdata", "data", "un", "consolidated-2026-02-27.xml")).GetSnapshotOrThrow();
        return new PaymentScreening(new Screener([list]), Rulebook.LoadEmbedded());
    });

    static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    static Scenario[] Scenarios() => File.ReadAllLines(Path.Combine(Samples.Scenarios, "manifest.jsonl"))
        .Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<Scenario>(l, Json)!).ToArray();

    [Fact]
    public void Scenarios_AreDecidedWithTheirHitFieldsAndBasis()
    {
        var wrong = new List<string>();
        var scenarios = Scenarios();
        foreach (var scenario in scenarios)
        {
            var payment = Samples.Read(Path.Combine(Samples.Scenarios, scenario.File));
            var result = Screening.Value.Screen(payment, payment.ValueDate ?? new DateOnly(2026, 1, 1));
            var outcome = result.Outcome.ToString().ToLowerInvariant();
            var problems = new List<string>();
            if (outcome != scenario.Expected) problems.Add($"outcome {outcome}, expected {scenario.Expected}");
            foreach (var hit in scenario.Hits)
            {
                if (!result.Hits.Any(h => h.Place.Path == hit.Field && (hit.List == "DPRK-link" ? h.List == "DPRK-link" : h.Reference == hit.Ref)))
                {
                    problems.Add($"no hit {hit.Ref} at {hit.Field}");
                }
            }
            foreach (var basis in scenario.Basis)
            {
                if (!result.Basis.Contains(new LegalBasis(basis.Resolution, basis.Paragraph))) problems.Add($"no basis {basis.Resolution} op{basis.Paragraph}");
            }
            if (problems.Count > 0)
            {
                wrong.Add($"{scenario.File}: {string.Join("; ", problems)} | hits: {string.Join(", ", result.Hits.Select(h => $"{h.Reference}@{h.Place.Path}({h.Score.ToString("0.00", CultureInfo.InvariantCulture)},{h.Outcome})"))}");
            }
        }
        foreach (var line in wrong) output.WriteLine(line);
        output.WriteLine($"{scenarios.Length - wrong.Count}/{scenarios.Length} scenarios decided right");
        Assert.Empty(wrong);
    }

    [Fact]
    public void EverySampleMessage_IsScreenedWithoutHolding()
    {
        // The real samples name no DPRK party: none may be held (a false hold stops a payment).
        foreach (var file in Samples.IsoFiles.Concat(Samples.MtFiles))
        {
            foreach (var read in new PaymentParser().ParseAll(File.ReadAllText(file), Path.GetFileName(file)))
            {
                var result = Screening.Value.Screen(read.Payment!, read.Payment!.ValueDate ?? new DateOnly(2026, 1, 1));
                Assert.True(result.Outcome != PaymentOutcome.Hold, $"{read.Origin}: {string.Join(", ", result.Hits)}");
            }
        }
    }
}
