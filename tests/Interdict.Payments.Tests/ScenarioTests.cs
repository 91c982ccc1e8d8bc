using System.Text.Json;

namespace Interdict.Payments.Tests;

/// <summary>The labelled scenarios of <c>testdata/payments-scenarios</c>: each parses, and every hit its manifest expects
/// names a field of the parsed message that holds the expected value; the labels are consistent with the lists.</summary>
public sealed class ScenarioTests
{
    sealed record Hit(string Field, string Value, string List, string Ref);
    sealed record Basis(string Resolution, string Paragraph);
    sealed record Scenario(string File, string Base, string Change, string Expected, Hit[] Hits, Basis[] Basis);

    static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    static readonly Lazy<Scenario[]> All = new(() => File.ReadAllLines(Path.Combine(Samples.Scenarios, "manifest.jsonl"))
        .Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<Scenario>(l, Json)!).ToArray());

    public static TheoryData<string> Files => [.. All.Value.Select(s => s.File)];

    [Fact]
    public void Manifest_HasSixtyScenarios_HalfOfThemPass()
    {
        var scenarios = All.Value;
        Assert.True(scenarios.Length >= 60, $"{scenarios.Length} scenarios");
        Assert.True(scenarios.Count(s => s.Expected == "pass") * 2 >= scenarios.Length);
        Assert.All(scenarios, s => Assert.Contains(s.Expected, new[] { "pass", "review", "hold" }));
        Assert.Equal(scenarios.Length, scenarios.Select(s => s.File).Distinct().Count());
        Assert.Equal(scenarios.Length, Directory.EnumerateFiles(Samples.Scenarios).Count(f => f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".fin", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Scenario_ParsesAndItsExpectedHitsNameRealFields(string file)
    {
        var scenario = All.Value.Single(s => s.File == file);
        var payment = Samples.Read(Path.Combine(Samples.Scenarios, file));
        if (scenario.Expected == "pass")
        {
            Assert.Empty(scenario.Hits);
            Assert.Empty(scenario.Basis);
            // A passing scenario carries no plain DPRK link: no KP country and no KP BIC.
            Assert.DoesNotContain(payment.Parties, p => p.Country?.Value == "KP" || (p.Bic is { } bic && Codes.BicCountry(bic.Value) == "KP"));
            return;
        }
        Assert.NotEmpty(scenario.Hits);
        Assert.NotEmpty(scenario.Basis);
        var values = Values(payment);
        foreach (var hit in scenario.Hits)
        {
            var atField = values.Where(v => v.Place.Path == hit.Field).Select(v => v.Value).ToList();
            Assert.True(atField.Count > 0, $"{file}: no value at {hit.Field}; fields: {string.Join(", ", values.Select(v => v.Place.Path).Distinct())}");
            Assert.Contains(atField, v => v.Contains(hit.Value, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void EveryListedReference_IsInTheUnList_AsOfTheScenario()
    {
        var list = File.ReadAllText(Path.Combine(Samples.Root, "testdata", "data", "un", "consolidated-2026-02-27.xml"));
        foreach (var hit in All.Value.SelectMany(s => s.Hits).Where(h => h.List == "UN"))
        {
            Assert.Contains($"<REFERENCE_NUMBER>{hit.Ref}", list, StringComparison.Ordinal);
        }
        // A BIC hit on the UN list is one the list's comments carry (SWIFT: / SWIFT/BIC:).
        foreach (var hit in All.Value.SelectMany(s => s.Hits).Where(h => h.List == "UN" && Codes.IsBic(h.Value)))
        {
            Assert.Contains(hit.Value, list, StringComparison.Ordinal);
        }
    }

    /// <summary>Every located value of the payment: names, BICs, address parts, identifiers, texts.</summary>
    static List<Located> Values(Payment payment)
    {
        var values = new List<Located>();
        foreach (var party in payment.Parties)
        {
            if (party.Name is not null) values.Add(party.Name);
            if (party.Bic is not null) values.Add(party.Bic);
            if (party.Country is not null) values.Add(party.Country);
            if (party.Town is not null) values.Add(party.Town);
            values.AddRange(party.AddressLines);
            values.AddRange(party.Identifiers.Select(i => new Located(i.Value, i.Place)));
        }
        values.AddRange(payment.Texts.Select(t => new Located(t.Text, t.Place)));
        return values;
    }
}
