using System.Collections.Frozen;
using System.Collections.Immutable;
using Interdict.Core.Lists;
using Interdict.Matching.Index;
using Interdict.Matching.Screening;

namespace Interdict.Matching.Monitoring;

/// <summary>The immutable base of a <see cref="PartyIndex"/>: the parties in slots, their names in a
/// <see cref="NameIndex"/> (one pseudo entry per party, entry id = slot), and their identifiers.</summary>
/// <remarks>The parties' names are indexed with the same builder as list names, so a list entry's name can be looked
/// up among parties with the same retrieval (exact, Korean variants, typos, joined syllables) as a query among entries.</remarks>
sealed class PartyTable
{
    static readonly ListVersion PseudoVersion = new("monitored-parties", DateTimeOffset.UnixEpoch, "monitored parties");

    readonly System.Runtime.CompilerServices.ConditionalWeakTable<NameIndex, ForwardEstimate> _estimates = [];

    PartyTable(MonitoredParty[] parties, FrozenDictionary<string, int> slots, NameIndex names, FrozenDictionary<string, int[]> identifiers)
    {
        Parties = parties;
        Slots = slots;
        Names = names;
        Layout = PartyNameLayout.Of(names);
        Identifiers = identifiers;
    }

    public static readonly PartyTable Empty = Build([]);

    /// <summary>The parties, by slot.</summary>
    public MonitoredParty[] Parties { get; }

    /// <summary>Party id to slot.</summary>
    public FrozenDictionary<string, int> Slots { get; }

    /// <summary>The parties' names; a name's entry id is its party's slot.</summary>
    public NameIndex Names { get; }

    /// <summary>The names laid out for the reverse look-up's bounds.</summary>
    public PartyNameLayout Layout { get; }

    /// <summary>The forward estimates against <paramref name="list"/>, kept while the list is: the party words'
    /// weights against it are looked up once, not at every re-screen.</summary>
    public ForwardEstimate EstimateFor(NameIndex list) => _estimates.GetValue(list, l => new ForwardEstimate(this, l));

    readonly System.Runtime.CompilerServices.ConditionalWeakTable<NameIndex, SplitReadings> _splits = [];

    /// <summary>The parties' names read split against <paramref name="list"/>, kept while the list is.</summary>
    public SplitReadings SplitReadingsFor(NameIndex list) => _splits.GetValue(list, l => SplitReadings.Of(this, l));

    /// <summary>Canonical identifier values the parties carry (as a query carries them) to their slots.</summary>
    public FrozenDictionary<string, int[]> Identifiers { get; }

    /// <summary>Reads the parties once, in order.</summary>
    /// <exception cref="ArgumentException">A party is null, has no id, or repeats an id.</exception>
    public static PartyTable Build(IEnumerable<MonitoredParty> parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        var list = new List<MonitoredParty>();
        var entries = ImmutableArray.CreateBuilder<ListEntry>();
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        var identifiers = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var party in parties)
        {
            Validate(party, list.Count);
            var slot = list.Count;
            if (!slots.TryAdd(party.Id, slot))
            {
                throw new ArgumentException($"Party id '{party.Id}' appears twice (positions {slots[party.Id]} and {slot}).", nameof(parties));
            }
            list.Add(party);
            entries.Add(PseudoEntry(party));
            foreach (var value in QueryIdentifiers.From(party.Query))
            {
                if (!identifiers.TryGetValue(value, out var holders)) identifiers[value] = holders = [];
                holders.Add(slot);
            }
        }
        var names = new NameIndexBuilder().Add(new ListSnapshot(PseudoVersion, entries.DrainToImmutable())).Build();
        return new PartyTable(
            [.. list],
            slots.ToFrozenDictionary(StringComparer.Ordinal),
            names,
            identifiers.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }

    static void Validate(MonitoredParty? party, int position)
    {
        if (party is null) throw new ArgumentException($"The party at position {position} is null.", nameof(party));
        if (string.IsNullOrWhiteSpace(party.Id)) throw new ArgumentException($"The party at position {position} has no id.", nameof(party));
        if (party.Query is null) throw new ArgumentException($"Party '{party.Id}' has no query.", nameof(party));
    }

    /// <summary>The party as a one-name entry of its kind; a party without a name gets no name (only its identifiers can match).</summary>
    static ListEntry PseudoEntry(MonitoredParty party) => new()
    {
        Source = PseudoVersion.Source,
        Reference = party.Id,
        Kind = party.Query.Kind,
        Names = string.IsNullOrWhiteSpace(party.Query.Name) ? [] : [new PartyName(party.Query.Name)],
    };
}
