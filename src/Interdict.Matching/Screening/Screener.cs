using System.Collections.Immutable;
using System.Globalization;
using Interdict.Core;
using Interdict.Core.Lists;
using Interdict.Core.Screening;
using Interdict.Matching.Index;
using Interdict.Matching.Normalization;
using Interdict.Matching.Scoring;
using Interdict.Matching.Text;
using Interdict.Matching.Transliteration;

namespace Interdict.Matching.Screening;

/// <summary>Screens parties against loaded list versions: one immutable index per version, the version in force
/// chosen per query.</summary>
/// <remarks>Immutable and thread-safe. To change lists, build a new screener and swap the reference.</remarks>
public sealed class Screener : IPartyScreener, ITextScreener
{
    /// <summary>Scores of hits on a low-quality alias are multiplied by this: such aliases are weak evidence.</summary>
    public const double LowQualityFactor = 0.97;

    readonly NameIndex[] _indexes;
    /// <summary>The indexes of each source, oldest version first.</summary>
    readonly (string Source, NameIndex[] Versions)[] _bySource;
    readonly TimeProvider _clock;

    /// <summary>Indexes every given list version.</summary>
    /// <param name="snapshots">The list versions.</param>
    /// <param name="clock">Tells what "now" is for a query without an as-of date (default: the system clock).</param>
    public Screener(IEnumerable<ListSnapshot> snapshots, TimeProvider? clock = null)
        : this(snapshots.Select(s => new NameIndexBuilder().Add(s).Build()), clock)
    {
    }

    /// <summary>Screens against prebuilt indexes, one per list version.</summary>
    /// <param name="indexes">The indexes, one per list version.</param>
    /// <param name="clock">Tells what "now" is for a query without an as-of date (default: the system clock).</param>
    public Screener(IEnumerable<NameIndex> indexes, TimeProvider? clock = null)
    {
        _clock = clock ?? TimeProvider.System;
        _indexes = indexes.OrderBy(i => i.Versions[0].Source, StringComparer.Ordinal).ThenBy(i => i.Versions[0].Generated).ToArray();
        _bySource = _indexes.GroupBy(i => i.Versions[0].Source, StringComparer.Ordinal).Select(g => (g.Key, g.ToArray())).ToArray();
    }

    /// <summary>Every indexed list version, by source then date.</summary>
    public IReadOnlyList<ListVersion> Versions => _indexes.Select(i => i.Versions[0]).ToArray();

    /// <summary>The versions that a query on <paramref name="asOf"/> (null: today) uses, one per source that has a
    /// version in force that day.</summary>
    public IReadOnlyList<ListVersion> VersionsInForce(DateOnly? asOf, IReadOnlyCollection<string>? lists = null) =>
        IndexesInForce(asOf, lists ?? []).Select(i => i.Versions[0]).ToArray();

    /// <summary>The selected lists (empty: every loaded list) that have no version in force on <paramref name="asOf"/>
    /// (null: today): the day is before their first version, or their only versions are dated in the future. A query
    /// on that day finds nothing on them, and says so, rather than using a later version.</summary>
    public IReadOnlyList<string> ListsNotInForce(DateOnly? asOf, IReadOnlyCollection<string>? lists = null)
    {
        var day = asOf ?? Today;
        var missing = new List<string>();
        foreach (var (source, versions) in _bySource)
        {
            if (Selected(lists ?? [], source) && InForce(versions, day) is null) missing.Add(source);
        }
        return missing;
    }

    /// <summary>Today (UTC) by the clock: the day a query without an as-of date is screened on.</summary>
    public DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);

    /// <summary>Hits for <paramref name="query"/>, best first, at or above the threshold. A list with no version in
    /// force on the day (<see cref="ListsNotInForce"/>) is not screened.</summary>
    public IReadOnlyList<ScreeningHit> Screen(PartyQuery query, ScreeningOptions? options = null) => ScreenInForce(query, options, earliestBeforeFirst: false);

    /// <param name="query">Who.</param>
    /// <param name="options">Threshold, lists, as-of day.</param>
    /// <param name="earliestBeforeFirst">Before a list's first version, screen its earliest version (its entries
    /// filtered by their listing day) rather than none.</param>
    List<ScreeningHit> ScreenInForce(PartyQuery query, ScreeningOptions? options, bool earliestBeforeFirst)
    {
        ArgumentNullException.ThrowIfNull(query);
        options ??= new ScreeningOptions();
        // Everything that depends on the query alone is done once, whatever the number of lists screened.
        var readings = QueryReading.Of(query.Name);
        var identifiers = QueryIdentifiers.From(query);
        var hits = new List<ScreeningHit>();
        Text.TextWord[]? words = null; // the query read as text, when a list needs it (names inside the query)
        foreach (var (source, versions) in _bySource)
        {
            if (!Selected(options.Lists, source)) continue;
            if ((InForce(versions, options.AsOf ?? Today) ?? (earliestBeforeFirst ? versions[0] : null)) is not { } index) continue;
            ScreenIndex(index, query, readings, identifiers, options, hits, ref words);
        }
        hits.Sort(static (a, b) => b.Score.CompareTo(a.Score));
        if (hits.Count > options.MaxHits) hits.RemoveRange(options.MaxHits, hits.Count - options.MaxHits);
        return hits;
    }

    /// <summary>Every listed name inside <paramref name="text"/> (a payment's remittance line, an invoice, a news
    /// paragraph), each with its span in the text, in the order written. Threshold, lists and as-of date as for
    /// <see cref="Screen"/>; <see cref="ScreeningOptions.MaxHits"/> does not apply (a text may name many parties).</summary>
    /// <remarks>A name counts when the words found cover the listed name (nearly) whole; docs/matching.md, "Names
    /// inside text". Thread-safe.</remarks>
    public IReadOnlyList<TextHit> ScreenText(string text, ScreeningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= new ScreeningOptions();
        return TextScan.Screen(text, IndexesInForce(options.AsOf, options.Lists), options);
    }

    /// <inheritdoc/>
    /// <remarks>For the rules engine, which checks trades and payments dated years back against the lists loaded now
    /// (often only the bundled one): before a list's first version it screens the earliest version, keeping only the
    /// entries listed by that day (the engine filters them so too). Answering "nobody designated" would be worse than
    /// an approximation that can only miss entries delisted since; docs/reliability.md says so.</remarks>
    IReadOnlyList<PartyHit> IPartyScreener.Screen(PartyQuery query, DateOnly asOf) =>
        ScreenInForce(query, new ScreeningOptions { AsOf = asOf }, earliestBeforeFirst: true)
            .Select(h => new PartyHit(h.Entry, h.Version, h.Explanation.MatchedName, h.Score, h.Explanation.Summary))
            .ToArray();

    /// <inheritdoc/>
    /// <remarks>As <see cref="IPartyScreener.Screen"/> for the rules engine and payments: before a list's first version
    /// its earliest version is searched, keeping only the entries listed by that day.</remarks>
    IReadOnlyList<NameInText> ITextScreener.ScreenText(string text, DateOnly asOf) =>
        TextScan.Screen(text, _bySource.Select(s => InForce(s.Versions, asOf) ?? s.Versions[0]), new ScreeningOptions { AsOf = asOf })
            .Select(h => new NameInText(new PartyHit(h.Entry, h.Version, h.Explanation.MatchedName, h.Score, h.Explanation.Summary), h.Start, h.Length))
            .ToArray();

    /// <summary>The index of <paramref name="source"/> that a query on <paramref name="asOf"/> (null: today) uses;
    /// null when the source is not loaded or has no version in force that day.</summary>
    internal NameIndex? IndexInForce(string source, DateOnly? asOf)
    {
        foreach (var (loaded, versions) in _bySource)
        {
            if (string.Equals(loaded, source, StringComparison.Ordinal)) return InForce(versions, asOf ?? Today);
        }
        return null;
    }

    IEnumerable<NameIndex> IndexesInForce(DateOnly? asOf, IReadOnlyCollection<string> lists)
    {
        var day = asOf ?? Today;
        foreach (var (source, versions) in _bySource)
        {
            if (Selected(lists, source) && InForce(versions, day) is { } index) yield return index;
        }
    }

    /// <summary>Whether the caller's list selection (empty: every list) includes <paramref name="source"/>.</summary>
    static bool Selected(IReadOnlyCollection<string> lists, string source) =>
        lists.Count == 0 || lists.Contains(source, StringComparer.OrdinalIgnoreCase);

    /// <summary>The newest version generated on or before <paramref name="day"/>: a version is in force from its date
    /// until the next one. Null before the first version: a later version would claim entries not yet known then
    /// and miss those delisted since, so nothing is answered for that list rather than something wrong.</summary>
    static NameIndex? InForce(NameIndex[] versions, DateOnly day)
    {
        for (var i = versions.Length - 1; i >= 0; i--)
        {
            if (versions[i].Versions[0].Date <= day) return versions[i];
        }
        return null;
    }

    static void ScreenIndex(NameIndex index, PartyQuery query, QueryReading[] readings, string[] identifiers,
        ScreeningOptions options, List<ScreeningHit> hits, ref Text.TextWord[]? words)
    {
        var decisive = DecisiveEntries(index, identifiers);
        var normalized = readings[0].Name;
        var best = new List<Best>();
        if (normalized.Count > 0)
        {
            // Each reading of the query (one, unless it holds Chinese characters or words written together that the
            // index's vocabulary splits) against the index; an entry's best name under any reading is its hit.
            if (JoinedWords.Split(normalized, index) is { } split)
            {
                readings = [.. readings, new QueryReading(readings[0].Reading, split)];
            }
            var prepared = new PreparedQuery[readings.Length];
            for (var r = 0; r < readings.Length; r++)
            {
                prepared[r] = PreparedQuery.Prepare(readings[r].Name, readings[r].Joinable, readings[r].Structure, index);
                foreach (var nameId in Candidates.Collect(prepared[r], index, options.Threshold))
                {
                    if (!KindsMatch(query.Kind, index.NameKinds[nameId])) continue;
                    var name = index.Names[nameId];
                    var score = NameScorer.Score(prepared[r], name);
                    if (name.Name.Quality == NameQuality.Low) score *= LowQualityFactor;
                    KeepBest(best, new Best(name.Entry, name, score, r));
                }
            }
            NameInQuery.Search(query, normalized, index, options.Threshold, best, ref words);
            foreach (var (entryId, name, nameScore, r, window) in best)
            {
                var entry = index.Entries[entryId];
                if (!ListedBy(entry.Entry, options.AsOf)) continue;
                var evidence = new List<AttributeEvidence>();
                var score = Corroboration.Apply(nameScore, query, entry, evidence);
                if (decisive.Contains(entryId)) score = Decide(entry, identifiers, evidence);
                if (score < options.Threshold || score <= 0) continue;
                var comparison = NameScorer.Compare(window?.Query ?? prepared[r], name);
                hits.Add(new ScreeningHit(entry.Entry, entry.Version, Math.Round(score, 4),
                    new Explanation(readings[r].Name.Key, name.Name.Full, name.Name.Kind, name.Name.Quality, Math.Round(nameScore, 4), comparison, evidence)
                    {
                        QueryReading = readings[r].Reading,
                        ListedReading = name.Reading,
                        ListedReadAs = name.Reading == NameReading.AsWritten ? null : name.Key,
                        NameWords = window?.Words,
                        LeftOver = window?.LeftOver ?? [],
                    }));
            }
        }
        foreach (var entryId in decisive)
        {
            if (best.Exists(b => b.Entry == entryId)) continue;
            var entry = index.Entries[entryId];
            if (!ListedBy(entry.Entry, options.AsOf)) continue;
            var evidence = new List<AttributeEvidence>();
            var score = Decide(entry, identifiers, evidence);
            hits.Add(new ScreeningHit(entry.Entry, entry.Version, score,
                new Explanation(normalized.Key, entry.Entry.PrimaryName.Full, NameKind.Primary, NameQuality.Good, 0, new NameComparison(0, [], normalized.Tokens.ToArray(), []), evidence)));
        }
    }

    /// <summary>An entry's best name so far, the query reading that scored it, and the words of the query that were
    /// the name when only some were (<see cref="NameInQuery"/>).</summary>
    internal readonly record struct Best(int Entry, IndexedName Name, double Score, int Reading, QueryWindow? Window = null);

    /// <summary>Keeps each entry's best-scoring name (a short list: a query has a handful of candidates); on a tie the
    /// first found stays, so a reading never displaces the written form.</summary>
    internal static void KeepBest(List<Best> best, Best candidate)
    {
        for (var i = 0; i < best.Count; i++)
        {
            if (best[i].Entry != candidate.Entry) continue;
            if (candidate.Score > best[i].Score) best[i] = candidate;
            return;
        }
        best.Add(candidate);
    }

    static readonly HashSet<int> NoEntries = [];

    static HashSet<int> DecisiveEntries(NameIndex index, string[] identifiers)
    {
        if (identifiers.Length == 0) return NoEntries;
        var entries = new HashSet<int>();
        foreach (var identifier in identifiers)
        {
            if (index.Identifiers.TryGetValue(identifier, out var ids)) entries.UnionWith(ids);
        }
        return entries;
    }

    static double Decide(IndexedEntry entry, string[] identifiers, List<AttributeEvidence> evidence)
    {
        var listed = entry.Entry.Identifiers.Select(i => i.Value).Concat(entry.Entry.Documents.Select(d => Identifier.Canonical(d.Number)));
        var same = identifiers.Intersect(listed, StringComparer.Ordinal).First();
        evidence.Add(new AttributeEvidence("identifier", EvidenceOutcome.Decisive, same, same, 1));
        return 1.0;
    }

    /// <summary>A person query never matches an organisation and vice versa; vessels and aircraft are
    /// matched with organisations too, because lists often carry a ship-owner where the vessel is meant.</summary>
    internal static bool KindsMatch(PartyKind query, PartyKind listed) =>
        query == PartyKind.Unknown || listed == PartyKind.Unknown || query == listed
        || (query != PartyKind.Person && listed != PartyKind.Person);

    static bool ListedBy(ListEntry entry, DateOnly? asOf) => asOf is null || entry.ListedOn is null || entry.ListedOn <= asOf;
}
