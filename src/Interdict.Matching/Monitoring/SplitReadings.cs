using Interdict.Matching.Index;
using Interdict.Matching.Normalization;
using Interdict.Matching.Screening;

namespace Interdict.Matching.Monitoring;

/// <summary>The monitored parties whose names the forward screen also reads split against one list (words written
/// together, <c>SHANE DOMINICcrawford</c>, read as the list's words: <see cref="JoinedWords"/>), with those readings
/// indexed like the parties' names, so that the reverse look-up finds the hits of that second reading too.</summary>
/// <remarks>The split depends on the list's vocabulary, so it is computed per list version, once (the
/// <see cref="PartyTable"/> keeps it while the list is loaded): each distinct long party word is tried against the
/// list, and only the parties holding one that splits are read again, as the forward screen reads them.</remarks>
sealed class SplitReadings
{
    SplitReadings(PartyTable table, int[] baseSlots)
    {
        Table = table;
        BaseSlots = baseSlots;
    }

    /// <summary>The split readings, one pseudo party per party that has one.</summary>
    public PartyTable Table { get; }

    /// <summary>The slot in the base table of each pseudo party.</summary>
    public int[] BaseSlots { get; }

    public static SplitReadings Of(PartyTable parties, NameIndex list)
    {
        var names = parties.Names;
        var holders = new bool[parties.Parties.Length];
        var any = false;
        for (var token = 0; token < names.TokenCount; token++)
        {
            var text = names.TokenText[token];
            if (!JoinedWords.Splits(text, NameNormalizer.KindOf(text), list)) continue;
            foreach (var name in names.Postings(token)) holders[names.Names[name].Entry] = true;
            any = true;
        }
        if (!any) return new SplitReadings(PartyTable.Empty, []);
        var readings = new List<MonitoredParty>();
        var slots = new List<int>();
        for (var slot = 0; slot < holders.Length; slot++)
        {
            if (!holders[slot]) continue;
            var query = parties.Parties[slot].Query;
            // Exactly the forward screen's second reading: the whole name as written, normalised, then split.
            if (JoinedWords.Split(NameNormalizer.Normalize(query.Name), list) is not { } split) continue;
            readings.Add(new MonitoredParty(slot.ToString(System.Globalization.CultureInfo.InvariantCulture), query with { Name = split.Key, Identifiers = [] }));
            slots.Add(slot);
        }
        return new SplitReadings(PartyTable.Build(readings), [.. slots]);
    }
}
