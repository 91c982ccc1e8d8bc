using System.Collections.Frozen;
using Interdict.Core;
using Interdict.Core.Lists;
using Interdict.Matching.Korean;
using Interdict.Matching.Normalization;
using Interdict.Matching.Scoring;

namespace Interdict.Matching.Index;

/// <summary>Collects list versions and freezes them into a <see cref="NameIndex"/>.</summary>
public sealed class NameIndexBuilder
{
    readonly List<ListSnapshot> _snapshots = [];

    /// <summary>Adds every entry of a list version.</summary>
    public NameIndexBuilder Add(ListSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _snapshots.Add(snapshot);
        return this;
    }

    /// <summary>Builds the immutable index.</summary>
    public NameIndex Build()
    {
        var entries = new List<IndexedEntry>();
        var pending = new List<(int Entry, PartyName Name, NormalizedName Normalized)>();
        foreach (var snapshot in _snapshots)
        {
            foreach (var entry in snapshot.Entries)
            {
                var entryId = entries.Count;
                entries.Add(new IndexedEntry(entry, snapshot.Version, NationalityCodes(entry)));
                foreach (var name in NamesToIndex(entry))
                {
                    var normalized = NameNormalizer.Normalize(name.Full);
                    if (normalized.Count > 0) pending.Add((entryId, name, normalized));
                }
            }
        }

        var tokens = new TokenTable();
        var documentFrequency = new Dictionary<int, int>();
        var nameTokens = new int[pending.Count][];
        for (var n = 0; n < pending.Count; n++)
        {
            var words = pending[n].Normalized.Tokens;
            var ids = new int[words.Count];
            for (var i = 0; i < words.Count; i++) ids[i] = tokens.Intern(words[i]);
            nameTokens[n] = ids;
            foreach (var id in ids.Distinct()) documentFrequency[id] = documentFrequency.GetValueOrDefault(id) + 1;
        }
        var rarity = RarityWeights(tokens.Count, documentFrequency, pending.Count);

        var names = new IndexedName[pending.Count];
        var postings = new List<List<int>?>(tokens.Count);
        for (var n = 0; n < pending.Count; n++)
        {
            var (entryId, name, normalized) = pending[n];
            var ids = nameTokens[n];
            var kinds = normalized.Kinds.ToArray();
            var weights = new float[ids.Length];
            for (var i = 0; i < ids.Length; i++) weights[i] = Weighting.Weight(kinds[i], rarity[ids[i]], normalized.Tokens[i].Length);
            var spans = JoinableSpans(normalized, tokens);
            names[n] = new IndexedName
            {
                Entry = entryId,
                Name = name,
                Key = normalized.Key,
                Tokens = ids,
                Kinds = kinds,
                Weights = weights,
                Spans = spans,
                TotalWeight = weights.Sum(),
            };
            foreach (var id in ids.Concat(spans.Select(s => s.Token)).Distinct()) Posting(postings, id).Add(n);
        }

        var tokenText = tokens.ToArray();
        var tokenWeight = new float[tokenText.Length];
        for (var t = 0; t < tokenWeight.Length; t++) tokenWeight[t] = t < rarity.Length ? rarity[t] : 1f;
        var variants = BuildVariants(tokenText);
        return new NameIndex(
            [.. entries],
            names,
            tokenText,
            tokenWeight,
            Enumerable.Range(0, tokenText.Length).Select(t => t < postings.Count && postings[t] is { } p ? p.ToArray() : []).ToArray(),
            tokens.ToDictionary(),
            BuildKoreanKeys(tokenText),
            variants,
            BuildIdentifiers(entries),
            _snapshots.Select(s => s.Version).ToArray(),
            rarity.Length,
            tokenText.Select(TokenTraits.Of).ToArray());
    }

    static List<int> Posting(List<List<int>?> postings, int id)
    {
        while (postings.Count <= id) postings.Add(null);
        return postings[id] ??= [];
    }

    /// <summary>Every name of the entry, and the names a listed name holds inside it: parts separated by ';'
    /// (<c>Abas Rashidi; Abbas Rashedi</c>), and a name with a parenthesis both without it and the parenthesis alone
    /// (<c>Jin Tiesan (金铁三)</c>, <c>MODERN INDUSTRIES TECHNIQUE COMPANY (MITEC)</c>).</summary>
    internal static IEnumerable<PartyName> NamesToIndex(ListEntry entry)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in entry.Names)
        {
            foreach (var part in Parts(name.Full))
            {
                if (seen.Add(part)) yield return string.Equals(part, name.Full, StringComparison.Ordinal) ? name : new PartyName(part, name.Kind, name.Quality);
            }
        }
    }

    static IEnumerable<string> Parts(string full)
    {
        yield return full;
        var pieces = full.Contains(';', StringComparison.Ordinal)
            ? full.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [full];
        foreach (var piece in pieces)
        {
            if (pieces.Length > 1) yield return piece;
            var open = piece.IndexOf('(', StringComparison.Ordinal);
            var close = piece.IndexOf(')', StringComparison.Ordinal);
            if (open < 0 || close < open) continue;
            var outside = (piece[..open] + " " + piece[(close + 1)..]).Trim();
            var inside = piece[(open + 1)..close].Trim();
            if (outside.Length > 0) yield return outside;
            if (inside.Length > 0) yield return inside;
        }
    }

    static string[] NationalityCodes(ListEntry entry) =>
        entry.Nationalities.Select(Countries.ToIsoCode).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Rarity in (0, 1]: a word on one name weighs about 0.9, one on a tenth of all names about 0.25.</summary>
    static float[] RarityWeights(int tokenCount, Dictionary<int, int> documentFrequency, int nameCount)
    {
        var weights = new float[tokenCount];
        var scale = Math.Log((nameCount + 1) / 0.5);
        for (var t = 0; t < tokenCount; t++)
        {
            var df = documentFrequency.GetValueOrDefault(t);
            weights[t] = df == 0 ? 1f : (float)Math.Max(Weighting.MinimumRarity, Math.Log((nameCount + 1) / (df + 0.5)) / scale);
        }
        return weights;
    }

    /// <summary>Adjacent words that people write joined: Korean syllables (<c>won ho</c> → <c>wonho</c>,
    /// <c>chong chon gang</c> → <c>chongchongang</c>) and a particle with its word (<c>al ghamdi</c> → <c>alghamdi</c>).</summary>
    internal static TokenSpan[] JoinableSpans(NormalizedName name, TokenTable? tokens)
    {
        var spans = new List<TokenSpan>();
        for (var start = 0; start < name.Count - 1; start++)
        {
            for (var length = 2; length <= 3 && start + length <= name.Count; length++)
            {
                if (!Joinable(name, start, length)) break;
                var joined = length == 2 ? string.Concat(name.Tokens[start], name.Tokens[start + 1])
                    : string.Concat(name.Tokens[start], name.Tokens[start + 1], name.Tokens[start + 2]);
                spans.Add(tokens is null ? new TokenSpan(-1, start, length, joined) : new TokenSpan(tokens.Intern(joined), start, length));
            }
        }
        return [.. spans];
    }

    static bool Joinable(NormalizedName name, int start, int length)
    {
        if (length == 2 && name.Kinds[start] == TokenKind.Particle && name.Kinds[start + 1] == TokenKind.Word) return true;
        for (var i = start; i < start + length; i++)
        {
            if (name.Kinds[i] is not (TokenKind.Word or TokenKind.Particle) || KoreanSyllables.Split(name.Tokens[i]).Length == 0) return false;
        }
        return true;
    }

    static FrozenDictionary<string, int[]> BuildKoreanKeys(string[] tokenText)
    {
        var keys = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var t = 0; t < tokenText.Length; t++)
        {
            foreach (var key in KoreanSyllables.CoarseKeys(tokenText[t]))
            {
                if (!keys.TryGetValue(key, out var list)) keys[key] = list = [];
                list.Add(t);
            }
        }
        return keys.ToFrozenDictionary(k => k.Key, k => k.Value.ToArray(), StringComparer.Ordinal);
    }

    static VariantTable BuildVariants(string[] tokenText)
    {
        var pairs = new List<(ulong Hash, int Token)>(tokenText.Length * 16);
        for (var t = 0; t < tokenText.Length; t++)
        {
            var state = (pairs, t);
            DeletionNeighbourhood.ForEachVariant(tokenText[t], ref state, static (ref (List<(ulong, int)> Pairs, int Token) s, ulong hash) => s.Pairs.Add((hash, s.Token)));
        }
        var array = pairs.ToArray();
        Array.Sort(array);
        return VariantTable.Build(array);
    }

    static FrozenDictionary<string, int[]> BuildIdentifiers(List<IndexedEntry> entries)
    {
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var e = 0; e < entries.Count; e++)
        {
            var entry = entries[e].Entry;
            var values = entry.Identifiers.Select(i => i.Value)
                .Concat(entry.Documents.Select(d => Identifier.Canonical(d.Number)))
                .Where(v => v.Length >= 5)
                .Distinct(StringComparer.Ordinal);
            foreach (var value in values)
            {
                if (!map.TryGetValue(value, out var list)) map[value] = list = [];
                list.Add(e);
            }
        }
        return map.ToFrozenDictionary(k => k.Key, k => k.Value.ToArray(), StringComparer.Ordinal);
    }
}
