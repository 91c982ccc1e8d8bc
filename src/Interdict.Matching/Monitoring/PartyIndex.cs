using System.Collections.Immutable;

namespace Interdict.Matching.Monitoring;

/// <summary>A reverse index of monitored parties: list entries are looked up among the parties' names and
/// identifiers, so that a list update re-screens only the parties it can affect (<see cref="DeltaRescreening"/>).</summary>
/// <remarks>
/// <para>Immutable and thread-safe. The base is built once from a stream of parties; parties created, updated or
/// deleted afterwards go into a small overlay and a set of tombstones through <see cref="Upsert"/> and
/// <see cref="Remove"/>, which return a new index sharing the base. A re-screen screens every overlay party
/// directly and skips tombstoned base parties. <see cref="Rebuild"/> folds the overlay into a new base when it grows
/// (the base build is the expensive part: seconds for a million parties).</para>
/// </remarks>
public sealed class PartyIndex
{
    PartyIndex(PartyTable table, ImmutableDictionary<string, MonitoredParty> overlay, ImmutableHashSet<string> tombstones)
    {
        Table = table;
        Overlay = overlay;
        Tombstones = tombstones;
    }

    /// <summary>An index with no party.</summary>
    public static PartyIndex Empty { get; } = new(PartyTable.Empty, ImmutableDictionary.Create<string, MonitoredParty>(StringComparer.Ordinal), ImmutableHashSet.Create<string>(StringComparer.Ordinal));

    internal PartyTable Table { get; }

    /// <summary>Parties created or updated since the base was built, by id.</summary>
    internal ImmutableDictionary<string, MonitoredParty> Overlay { get; }

    /// <summary>Ids of base parties deleted or updated since the base was built.</summary>
    internal ImmutableHashSet<string> Tombstones { get; }

    /// <summary>Number of live parties.</summary>
    public int Count => Table.Parties.Length - Tombstones.Count + Overlay.Count;

    /// <summary>Number of parties in the built base (tombstoned ones included).</summary>
    public int BaseCount => Table.Parties.Length;

    /// <summary>Number of parties changed since the base was built: overlay parties plus tombstones.</summary>
    public int PendingChanges => Overlay.Count + Tombstones.Count;

    /// <summary>Builds an index, reading <paramref name="parties"/> once.</summary>
    /// <exception cref="ArgumentException">A party is null, has no id, or an id repeats.</exception>
    public static PartyIndex Build(IEnumerable<MonitoredParty> parties) =>
        new(PartyTable.Build(parties), Empty.Overlay, Empty.Tombstones);

    /// <summary>The party with this id, if live.</summary>
    public MonitoredParty? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (Overlay.TryGetValue(id, out var party)) return party;
        return !Tombstones.Contains(id) && Table.Slots.TryGetValue(id, out var slot) ? Table.Parties[slot] : null;
    }

    /// <summary>Every live party: the base ones not tombstoned, then the overlay.</summary>
    public IEnumerable<MonitoredParty> Parties()
    {
        foreach (var party in Table.Parties)
        {
            if (Tombstones.IsEmpty || !Tombstones.Contains(party.Id)) yield return party;
        }
        foreach (var party in Overlay.Values) yield return party;
    }

    /// <summary>A new index with <paramref name="party"/> created or replacing the party of the same id.</summary>
    public PartyIndex Upsert(MonitoredParty party)
    {
        ArgumentNullException.ThrowIfNull(party);
        if (string.IsNullOrWhiteSpace(party.Id)) throw new ArgumentException("The party has no id.", nameof(party));
        ArgumentNullException.ThrowIfNull(party.Query);
        var tombstones = Table.Slots.ContainsKey(party.Id) ? Tombstones.Add(party.Id) : Tombstones;
        return new PartyIndex(Table, Overlay.SetItem(party.Id, party), tombstones);
    }

    /// <summary>A new index without the party of this id (unchanged when there is none).</summary>
    public PartyIndex Remove(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var tombstones = Table.Slots.ContainsKey(id) ? Tombstones.Add(id) : Tombstones;
        return new PartyIndex(Table, Overlay.Remove(id), tombstones);
    }

    /// <summary>A new index whose base holds every live party and whose overlay is empty.</summary>
    public PartyIndex Rebuild() => PendingChanges == 0 ? this : Build(Parties());
}
