using Interdict.Core.Lists;
using Interdict.Hosting.Lists;
using Interdict.Lists;

namespace Interdict.Server.Yente;

/// <summary>Listed parties as yente's entities: found by their FtM id (<see cref="FtmExport.EntityId"/>), with their
/// sanctions and links nested under FtM's reverse properties (<c>sanctions</c>, <c>ownershipAsset</c>…).</summary>
static class YenteEntities
{
    /// <summary>The property of a party under which FtM lists the link entities that name it in a given property
    /// (an Ownership naming the party as its <c>asset</c> is one of the party's <c>ownershipAsset</c>).</summary>
    static readonly Dictionary<(string Schema, string Property), string> Reverse = new()
    {
        [("Ownership", "owner")] = "ownershipOwner",
        [("Ownership", "asset")] = "ownershipAsset",
        [("Directorship", "director")] = "directorshipDirector",
        [("Directorship", "organization")] = "directorshipOrganization",
        [("Family", "person")] = "familyPerson",
        [("Family", "relative")] = "familyRelative",
        [("Associate", "person")] = "associates",
        [("Associate", "associate")] = "associations",
        [("UnknownLink", "subject")] = "unknownLinkSubject",
        [("UnknownLink", "object")] = "unknownLinkObject",
    };

    /// <summary>The listed party with this FtM id, from the version of its list in force (the newest loaded when none is
    /// yet), or null.</summary>
    /// <param name="state">The lists served.</param>
    /// <param name="id">An id such as <c>un-KPi.033</c>.</param>
    public static (ListEntry Entry, ListSnapshot Snapshot)? Find(ListState state, string id)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(id);
        foreach (var source in state.Sources)
        {
            if (!id.StartsWith(source + "-", StringComparison.Ordinal)) continue;
            if ((state.FindInForce(source) ?? state.FindNewest(source))?.Snapshot is not { } snapshot) continue;
            foreach (var entry in snapshot.Entries)
            {
                if (FtmExport.EntityId(entry.Source, entry.Reference) == id) return (entry, snapshot);
            }
        }
        return null;
    }

    /// <summary>The party with its sanctions and links as properties holding their ids, and a lookup that gives the
    /// entity for each of those ids and for the party at each link's other end (for <see cref="FtmEntity.WriteTo"/>).</summary>
    /// <param name="entry">The party.</param>
    /// <param name="snapshot">The version it was read from.</param>
    public static (FtmEntity Party, Func<string, FtmEntity?> Nested) WithAdjacent(ListEntry entry, ListSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(snapshot);
        var party = FtmExport.Party(entry, snapshot.Version);
        var nested = new Dictionary<string, FtmEntity>(StringComparer.Ordinal);
        var added = new List<KeyValuePair<string, List<string>>>();
        void Add(string property, string id)
        {
            var index = added.FindIndex(p => p.Key == property);
            if (index < 0) added.Add(new(property, [id]));
            else if (!added[index].Value.Contains(id, StringComparer.Ordinal)) added[index].Value.Add(id);
        }
        foreach (var adjacent in FtmExport.Adjacent(entry, snapshot.Version))
        {
            nested[adjacent.Id] = adjacent;
            if (adjacent.Schema == "Sanction")
            {
                Add("sanctions", adjacent.Id);
                continue;
            }
            foreach (var (property, values) in adjacent.Properties)
            {
                if (!Reverse.TryGetValue((adjacent.Schema, property), out var reverse)) continue;
                if (values.Contains(party.Id, StringComparer.Ordinal)) Add(reverse, adjacent.Id);
                else
                {
                    // The other end: a listed party of the same list, nested whole.
                    foreach (var other in values)
                    {
                        if (nested.ContainsKey(other)) continue;
                        var listed = snapshot.Entries.FirstOrDefault(e => FtmExport.EntityId(e.Source, e.Reference) == other);
                        if (listed is not null) nested[other] = FtmExport.Party(listed, snapshot.Version);
                    }
                }
            }
        }
        var properties = party.Properties.Concat(added.Select(p => new KeyValuePair<string, IReadOnlyList<string>>(p.Key, p.Value))).ToList();
        return (party with { Properties = properties }, id => id == party.Id ? null : nested.GetValueOrDefault(id));
    }

    /// <summary>The countries of a party as lower-case ISO codes: nationalities (or registration, flag) and address countries.</summary>
    /// <param name="entry">The party.</param>
    public static IEnumerable<string> CountriesOf(ListEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Nationalities.Concat(entry.Addresses.Select(a => a.Country))
            .Select(FtmExport.CountryCode).OfType<string>().Distinct(StringComparer.Ordinal);
    }
}
