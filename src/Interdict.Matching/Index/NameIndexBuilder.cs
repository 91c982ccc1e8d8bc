using System.Collections.Frozen;
using Interdict.Core;
using Interdict.Core.Lists;
using Interdict.Matching.Korean;
using Interdict.Matching.Normalization;
using Interdict.Matching.Scoring;
using Interdict.Matching.Transliteration;

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
        var pending = new List<(int Entry, PartyName Name, NormalizedName Normalized, NameReading Reading)>();
        var readings = new List<(int Entry, PartyName Name, NormalizedName Normalized, NameReading Reading)>();
        foreach (var snapshot in _snapshots)
        {
            foreach (var entry in snapshot.Entries)
            {
                var entryId = entries.Count;
                entries.Add(new IndexedEntry(entry, snapshot.Version, NationalityCodes(entry)));
                foreach (var (name, text, reading) in ReadNames(entry))
                {
                    var normalized = NameNormalizer.Normalize(text);
                    if (normalized.Count > 0) (reading == NameReading.AsWritten ? pending : readings).Add((entryId, name, normalized, reading));
                }
            }
        }
        // Readings come after every written name, so that written names and their words keep the ids (and the
        // order) they have without readings, and they are left out of the word frequencies: a name read three
        // ways is still one name, and a reading must not make its words look commoner.
        var writtenNames = pending.Count;
        pending.AddRange(readings);

        var tokens = new TokenTable();
        var documentFrequency = new Dictionary<int, int>();
        var nameTokens = new int[pending.Count][];
        var readingTokenStart = 0;
        for (var n = 0; n < pending.Count; n++)
        {
            if (n == writtenNames) readingTokenStart = tokens.Count;
            var words = pending[n].Normalized.Tokens;
            var ids = new int[words.Count];
            for (var i = 0; i < words.Count; i++) ids[i] = tokens.Intern(words[i]);
            nameTokens[n] = ids;
            if (n >= writtenNames) continue;
            foreach (var id in ids.Distinct()) documentFrequency[id] = documentFrequency.GetValueOrDefault(id) + 1;
        }
        if (writtenNames == pending.Count) readingTokenStart = tokens.Count;
        var rarity = RarityWeights(tokens.Count, documentFrequency, writtenNames);

        var names = new IndexedName[pending.Count];
        var postings = new List<List<int>?>(tokens.Count);
        for (var n = 0; n < pending.Count; n++)
        {
            var (entryId, name, normalized, reading) = pending[n];
            var ids = nameTokens[n];
            var kinds = normalized.Kinds.ToArray();
            var weights = new float[ids.Length];
            for (var i = 0; i < ids.Length; i++) weights[i] = Weighting.Weight(kinds[i], rarity[ids[i]], normalized.Tokens[i].Length);
            var spans = JoinableSpans(normalized, tokens);
            var structure = NameStructure.Of(normalized, entries[entryId].Entry.Kind == PartyKind.Person);
            names[n] = new IndexedName
            {
                FirstLetters = structure.FirstLetters,
                Initials = structure.Initials,
                Excusable = structure.Excusable,
                GivenNames = structure.GivenNames,
                Anchors = structure.Anchors,
                Numbers = structure.Numbers,
                Entry = entryId,
                Name = name,
                Key = normalized.Key,
                Tokens = ids,
                Kinds = kinds,
                Weights = weights,
                Spans = spans,
                TotalWeight = weights.Sum(),
                Reading = reading,
            };
            foreach (var id in ids.Concat(spans.Select(s => s.Token)).Distinct()) Posting(postings, id).Add(n);
        }

        var tokenText = tokens.ToArray();
        var tokenWeight = new float[tokenText.Length];
        for (var t = 0; t < tokenWeight.Length; t++) tokenWeight[t] = t < rarity.Length ? rarity[t] : 1f;
        var variants = BuildVariants(tokenText);
        var traits = tokenText.Select(TokenTraits.Of).ToArray();
        return new NameIndex(
            [.. entries],
            names,
            tokenText,
            tokenWeight,
            Flatten(postings, tokenText.Length),
            tokens.ToDictionary(),
            BuildKoreanKeys(tokenText),
            variants,
            BuildIdentifiers(entries),
            _snapshots.Select(s => s.Version).ToArray(),
            rarity.Length,
            traits,
            BuildArabicKeys(traits),
            readingTokenStart);
    }

    /// <summary>Each token's postings one after another, with where each token's start (one more offset than tokens).</summary>
    static (int[] Start, int[] Names) Flatten(List<List<int>?> postings, int tokenCount)
    {
        var start = new int[tokenCount + 1];
        var total = 0;
        for (var t = 0; t < tokenCount; t++)
        {
            start[t] = total;
            if (t < postings.Count && postings[t] is { } list) total += list.Count;
        }
        start[tokenCount] = total;
        var names = new int[total];
        for (var t = 0; t < tokenCount && t < postings.Count; t++) postings[t]?.CopyTo(names, start[t]);
        return (start, names);
    }

    static List<int> Posting(List<List<int>?> postings, int id)
    {
        while (postings.Count <= id) postings.Add(null);
        return postings[id] ??= [];
    }

    /// <summary>Every name of the entry, and the names a listed name holds inside it: parts separated by ';'
    /// (<c>Abas Rashidi; Abbas Rashedi</c>), and a name with a parenthesis both without it and the parenthesis alone
    /// (<c>Jin Tiesan (金铁三)</c>, <c>MODERN INDUSTRIES TECHNIQUE COMPANY (MITEC)</c>); then the readings of the
    /// parts written in Chinese characters (<c>jin tiesan</c>, <c>김철삼</c>) or Cyrillic (<c>Tschatajew</c>, …), as names of
    /// their own.</summary>
    internal static IEnumerable<PartyName> NamesToIndex(ListEntry entry)
    {
        foreach (var (name, text, reading) in ReadNames(entry))
        {
            yield return reading == NameReading.AsWritten ? name : new PartyName(text, name.Kind, name.Quality);
        }
    }

    /// <summary>The names of <see cref="NamesToIndex"/>, each with the text to normalise and how it is read: a
    /// reading keeps the written name, which is what a hit on it reports.</summary>
    static IEnumerable<(PartyName Name, string Text, NameReading Reading)> ReadNames(ListEntry entry)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        List<PartyName>? written = null;
        foreach (var name in entry.Names)
        {
            foreach (var part in Parts(name.Full))
            {
                if (!seen.Add(part)) continue;
                var partName = string.Equals(part, name.Full, StringComparison.Ordinal) ? name : new PartyName(part, name.Kind, name.Quality);
                if (Han.Contains(part) || CyrillicReadings.Apply(part)) (written ??= []).Add(partName);
                yield return (partName, part, NameReading.AsWritten);
            }
        }
        if (written is null) yield break;
        var readings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in written)
        {
            foreach (var (reading, text) in HanReadings.Of(name.Full).Concat(CyrillicReadings.Of(name.Full)))
            {
                if (readings.Add(text)) yield return (name, text, reading);
            }
        }
    }

    /// <summary>The name, its parts separated by ';' outside parentheses, and each part with a parenthesis both
    /// without it and the parenthesis alone, itself split at ';' (<c>أبو بكر البغدادي (Abu Bakr al-Baghdadi al-Husayni;
    /// Abu Bakr al-Baghdadi)</c>: the Arabic name and both Latin names).</summary>
    internal static IEnumerable<string> Parts(string full)
    {
        yield return full;
        var pieces = SplitOutsideParentheses(full);
        foreach (var piece in pieces)
        {
            if (pieces.Count > 1) yield return piece;
            var open = piece.IndexOf('(', StringComparison.Ordinal);
            var close = piece.LastIndexOf(')');
            if (open < 0 || close < open) continue;
            var outside = (piece[..open] + " " + piece[(close + 1)..]).Trim();
            var inside = piece[(open + 1)..close].Trim();
            if (outside.Length > 0) yield return outside;
            foreach (var part in inside.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) yield return part;
        }
    }

    /// <summary>Parts of <paramref name="full"/> separated by ';' outside any parenthesis.</summary>
    static List<string> SplitOutsideParentheses(string full)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < full.Length; i++)
        {
            switch (full[i])
            {
                case '(': depth++; break;
                case ')': depth = Math.Max(0, depth - 1); break;
                case ';' when depth == 0:
                    Add(parts, full[start..i]);
                    start = i + 1;
                    break;
            }
        }
        Add(parts, full[start..]);
        return parts;

        static void Add(List<string> parts, string part)
        {
            part = part.Trim();
            if (part.Length > 0) parts.Add(part);
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

    /// <summary>Arabic words that form one name with the word after them, written apart or joined, and in Latin
    /// mostly joined: عبد الله (<c>Abdullah</c>), ابو بكر (<c>Abubakar</c>).</summary>
    static readonly FrozenSet<string> ArabicFirstParts = new[] { "عبد", "ابو" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Arabic words that form one name with the word before them: حمد الله (<c>Hamdullah</c>),
    /// نور الدين (<c>Nooruddin</c>).</summary>
    static readonly FrozenSet<string> ArabicSecondParts = new[] { "الله", "الدين" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Adjacent words that people write joined: Korean syllables (<c>won ho</c> → <c>wonho</c>,
    /// <c>chong chon gang</c> → <c>chongchongang</c>), a particle with its word (<c>al ghamdi</c> → <c>alghamdi</c>) and
    /// Arabic compound names (عبد الله → عبدالله).</summary>
    internal static TokenSpan[] JoinableSpans(NormalizedName name, TokenTable? tokens)
    {
        if (name.Count < 2) return [];
        // Whether each word can join a run, decided once per word: a run test would otherwise read the same
        // word's Korean splits up to three times, and this runs for every query.
        Span<bool> joins = name.Count <= 64 ? stackalloc bool[name.Count] : new bool[name.Count];
        for (var i = 0; i < name.Count; i++)
        {
            joins[i] = name.Kinds[i] is TokenKind.Word or TokenKind.Particle && KoreanSyllables.Split(name.Tokens[i]).Length > 0;
        }
        var spans = new List<TokenSpan>();
        for (var start = 0; start < name.Count - 1; start++)
        {
            for (var length = 2; length <= 3 && start + length <= name.Count; length++)
            {
                if (!Joinable(name, joins, start, length)) break;
                var joined = length == 2 ? string.Concat(name.Tokens[start], name.Tokens[start + 1])
                    : string.Concat(name.Tokens[start], name.Tokens[start + 1], name.Tokens[start + 2]);
                spans.Add(tokens is null ? new TokenSpan(-1, start, length, joined) : new TokenSpan(tokens.Intern(joined), start, length));
            }
        }
        return [.. spans];
    }

    /// <summary>A particle with the word after it, the two parts of an Arabic compound name (عبد الله is also
    /// written عبدالله, and in Latin <c>Abdullah</c>), or a run of words that all read as Korean syllables.</summary>
    static bool Joinable(NormalizedName name, ReadOnlySpan<bool> joins, int start, int length)
    {
        if (length == 2 && name.Kinds[start] == TokenKind.Particle && name.Kinds[start + 1] == TokenKind.Word) return true;
        if (length == 2 && (ArabicFirstParts.Contains(name.Tokens[start]) || ArabicSecondParts.Contains(name.Tokens[start + 1]))) return true;
        for (var i = start; i < start + length; i++)
        {
            if (!joins[i]) return false;
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

    static FrozenDictionary<string, int[]> BuildArabicKeys(TokenTraits[] traits)
    {
        var keys = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var t = 0; t < traits.Length; t++)
        {
            if (!traits[t].IsArabic) continue;
            foreach (var key in ConsonantSkeleton.Keys(traits[t].ArabicSkeletons))
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
