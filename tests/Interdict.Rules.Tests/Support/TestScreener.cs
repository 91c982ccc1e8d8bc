using System.Collections.Immutable;
using Interdict.Core.Lists;
using Interdict.Core.Screening;

namespace Interdict.Rules.Tests.Support;

/// <summary>A small party screener over a handful of UN entries: exact, case-insensitive name match.
/// A real implementation of the seam (the matching engine is tested elsewhere), not a mock.</summary>
sealed class TestScreener : IPartyScreener
{
    public static readonly ListVersion Version = new("un", new DateTimeOffset(2026, 2, 27, 0, 0, 9, TimeSpan.Zero), "test");

    public static readonly TestScreener UnDprk = new(
        Entry("KPe.057", "FIRST OIL JV CO LTD", new DateOnly(2018, 3, 30), PartyKind.Organization),
        Entry("KPi.029", "PAK CHUN IL", new DateOnly(2016, 11, 30), PartyKind.Person),
        Entry("KPe.001", "KOREA MINING DEVELOPMENT TRADING CORPORATION", new DateOnly(2009, 4, 24), PartyKind.Organization),
        Entry("KPe.061", "GOVERNMENT BODY OF TEST", new DateOnly(2016, 3, 2), PartyKind.Organization),
        Entry("QDe.004", "AL-QAIDA TEST ENTITY", new DateOnly(2001, 10, 6), PartyKind.Organization, "Al-Qaida"));

    private readonly ImmutableArray<ListEntry> _entries;

    public TestScreener(params ListEntry[] entries) => _entries = [.. entries];

    public int Calls { get; private set; }

    public IReadOnlyList<PartyHit> Screen(PartyQuery query, DateOnly asOf)
    {
        Calls++;
        var hits = new List<PartyHit>();
        foreach (var entry in _entries)
        {
            var name = entry.Names.FirstOrDefault(n => string.Equals(n.Full, query.Name, StringComparison.OrdinalIgnoreCase));
            if (name is not null) hits.Add(new PartyHit(entry, Version, name.Full, 1.0, "exact name"));
        }
        return hits;
    }

    public static ListEntry Entry(string reference, string name, DateOnly listedOn, PartyKind kind, string regime = "DPRK") => new()
    {
        Source = "un",
        Reference = reference,
        Kind = kind,
        Names = [new PartyName(name)],
        Regimes = [regime],
        ListedOn = listedOn,
    };
}
