using System.Collections.Frozen;
using Interdict.Core.Lists;

namespace Interdict.Matching.Index;

/// <summary>An immutable index of the names of one or more list versions, for candidate retrieval and scoring.</summary>
/// <remarks>Built once by <see cref="NameIndexBuilder"/> and never changed: safe to share between threads.
/// When lists change, a new index is built and swapped in whole.</remarks>
public sealed class NameIndex
{
    internal NameIndex(
        IndexedEntry[] entries,
        IndexedName[] names,
        string[] tokenText,
        float[] tokenWeight,
        (int[] Start, int[] Names) postings,
        FrozenDictionary<string, int> tokenIds,
        FrozenDictionary<string, int[]> koreanKeys,
        VariantTable variants,
        FrozenDictionary<string, int[]> identifiers,
        IReadOnlyList<ListVersion> versions,
        int wordTokenCount,
        TokenTraits[] tokenTraits,
        FrozenDictionary<string, int[]> arabicKeys,
        int readingTokenStart)
    {
        ReadingTokenStart = readingTokenStart;
        WordTokenCount = wordTokenCount;
        // Every name's words and joined runs in one flat array, so that candidate bounds read memory in order
        // instead of chasing each name object and its arrays.
        NameTokenStart = new int[names.Length + 1];
        var all = new List<int>(names.Length * 4);
        for (var n = 0; n < names.Length; n++)
        {
            NameTokenStart[n] = all.Count;
            all.AddRange(names[n].Tokens);
            foreach (var span in names[n].Spans) all.Add(span.Token);
        }
        NameTokenStart[names.Length] = all.Count;
        NameKinds = names.Select(n => entries[n.Entry].Entry.Kind).ToArray();
        NameTokens = [.. all];
        Traits = tokenTraits;
        Entries = entries;
        Names = names;
        TokenText = tokenText;
        TokenWeight = tokenWeight;
        (_postingStart, _postingNames) = postings;
        TokenIds = tokenIds;
        KoreanKeys = koreanKeys;
        Variants = variants;
        Identifiers = identifiers;
        Versions = versions;
        ArabicKeys = arabicKeys;
        _latinKeys = new Lazy<FrozenDictionary<string, int[]>>(BuildLatinKeys);
    }

    internal IndexedEntry[] Entries { get; }
    internal IndexedName[] Names { get; }
    internal string[] TokenText { get; }
    /// <summary>Rarity weight of each token in (0, 1].</summary>
    internal float[] TokenWeight { get; }
    /// <summary>The names that hold <paramref name="token"/> (ascending).</summary>
    /// <remarks>Every token's postings in one flat array, found by offsets: reading a token's postings costs one memory
    /// access fewer than an array per token (retrieval reads those of dozens of tokens per query, cache-cold in a
    /// stream of different queries), and a party index of millions of names saves an array header per token.</remarks>
    internal ReadOnlySpan<int> Postings(int token) => _postingNames.AsSpan(_postingStart[token], _postingStart[token + 1] - _postingStart[token]);

    /// <summary>How many names hold <paramref name="token"/>.</summary>
    internal int PostingCount(int token) => _postingStart[token + 1] - _postingStart[token];

    readonly int[] _postingStart;
    readonly int[] _postingNames;
    internal FrozenDictionary<string, int> TokenIds { get; }
    /// <summary>Coarse Korean keys to the tokens that have them.</summary>
    internal FrozenDictionary<string, int[]> KoreanKeys { get; }
    /// <summary>Consonant-skeleton keys to the Arabic-script tokens that have them, for Latin words looking for
    /// their Arabic spellings; empty when the index holds no Arabic script (then Latin words skip the look-up).</summary>
    internal FrozenDictionary<string, int[]> ArabicKeys { get; }

    /// <summary>Consonant-skeleton keys to the Latin tokens (words and joined runs) that have them, for Arabic-script
    /// words looking for their Latin spellings. Built on the first Arabic-script look-up: most screenings never
    /// need it, and it has an entry per Latin word.</summary>
    internal FrozenDictionary<string, int[]> LatinKeys => _latinKeys.Value;

    readonly Lazy<FrozenDictionary<string, int[]>> _latinKeys;

    FrozenDictionary<string, int[]> BuildLatinKeys()
    {
        var keys = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var t = 0; t < TokenText.Length; t++)
        {
            if (Transliteration.ConsonantSkeleton.LatinKey(TokenText[t]) is not { } key) continue;
            if (!keys.TryGetValue(key, out var tokens)) keys[key] = tokens = [];
            tokens.Add(t);
        }
        return keys.ToFrozenDictionary(k => k.Key, k => k.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Deletion-variant hashes to the tokens that have them (fuzzy retrieval).</summary>
    internal VariantTable Variants { get; }

    /// <summary>Query words already looked up in this index, with their matches: a batch repeats words
    /// (<c>Kim</c>, <c>Mohammad</c>, <c>Trading</c>) thousands of times. One cache per kind of unit (a word, a joined
    /// run of words), each bounded.</summary>
    internal BoundedCache<Scoring.TokenHit[]> LookupCache(bool joined) => joined ? _joinedLookups : _wordLookups;

    internal const int LookupCacheLimit = 100_000;

    readonly BoundedCache<Scoring.TokenHit[]> _wordLookups = new(LookupCacheLimit);
    readonly BoundedCache<Scoring.TokenHit[]> _joinedLookups = new(LookupCacheLimit);

    /// <summary>Long query words this index's vocabulary splits into several (<see cref="Screening.JoinedWords"/>),
    /// or not (an empty array): the split is a search over every piece of the word, asked again of each index for
    /// every query holding the word.</summary>
    internal BoundedCache<string[]> JoinedSplits { get; } = new(LookupCacheLimit);
    /// <summary>Canonical identifier values (IMO, BIC, document numbers) to entries.</summary>
    internal FrozenDictionary<string, int[]> Identifiers { get; }

    /// <summary>Tokens with ids at or above this are joined spans of adjacent words (<c>wonho</c> from <c>won ho</c>).</summary>
    internal int WordTokenCount { get; }

    internal bool IsSpan(int token) => token >= WordTokenCount;

    /// <summary>Word tokens from this id up to <see cref="WordTokenCount"/> occur only in readings of names written in
    /// Chinese characters (<c>tiesan</c> of 金铁三): they have no frequency of their own among written names.</summary>
    internal int ReadingTokenStart { get; }

    /// <summary>True for a word that occurs only in readings (<see cref="ReadingTokenStart"/>).</summary>
    internal bool IsReadingOnly(int token) => token >= ReadingTokenStart && token < WordTokenCount;

    /// <summary>Where each name's tokens (words, then joined runs) start in <see cref="NameTokens"/>; one more entry than names.</summary>
    internal int[] NameTokenStart { get; }

    /// <summary>The party kind of each name's entry, kept flat for the kind filter of every candidate.</summary>
    internal Interdict.Core.Lists.PartyKind[] NameKinds { get; }

    /// <summary>The tokens of all names, name after name.</summary>
    internal int[] NameTokens { get; }

    /// <summary>What comparisons need of each token, computed once at build time.</summary>
    internal TokenTraits[] Traits { get; }

    /// <summary>The list versions indexed.</summary>
    public IReadOnlyList<ListVersion> Versions { get; }

    /// <summary>Number of entries indexed.</summary>
    public int EntryCount => Entries.Length;

    /// <summary>Number of names indexed (primary, aliases, original script).</summary>
    public int NameCount => Names.Length;

    /// <summary>Number of distinct tokens, joined spans included.</summary>
    public int TokenCount => TokenText.Length;
}
