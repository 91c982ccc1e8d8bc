using Interdict.Matching.Index;
using Interdict.Matching.Korean;
using Interdict.Matching.Normalization;
using Interdict.Matching.Transliteration;

namespace Interdict.Matching.Scoring;

/// <summary>A query name normalised and looked up in an index once, then scored against many candidate names.</summary>
/// <remarks>Every query word (and joinable run of words) is matched against the index's vocabulary once; the
/// result is kept per index token (<see cref="MatchesOf"/>), so scoring a candidate name costs one array read per
/// word of that name. A query is prepared once per index it is screened against, so preparation is on the path of
/// every query: it builds a few flat arrays and no dictionary (a <c>Dictionary</c> of lists per query cost about
/// 3 µs of an 11 µs UN query; docs/performance.md).</remarks>
sealed class PreparedQuery
{
    // Token id -> slot, in per-thread arrays stamped per query: scoring asks for every word of every candidate
    // name, and an array read beats a dictionary look-up there.
    [ThreadStatic] static TokenSlots? t_slots;

    /// <summary>The distinct index tokens the query matches, one per slot.</summary>
    readonly int[] _tokens;
    /// <summary>Where each slot's matches start in <see cref="_matches"/>; one more entry than slots.</summary>
    readonly int[] _matchStart;
    /// <summary>Every unit match, grouped by slot, each group in unit order.</summary>
    readonly UnitMatch[] _matches;
    readonly float[] _bestCover;
    readonly TokenSlots _slots;
    readonly int _stamp;

    PreparedQuery(NormalizedName name, NameStructure structure, float[] weights, QueryUnit[] units, TokenSlots slots, int stamp,
        int[] tokens, int[] matchStart, UnitMatch[] matches)
    {
        Name = name;
        Weights = weights;
        Units = units;
        _slots = slots;
        _stamp = stamp;
        _tokens = tokens;
        _matchStart = matchStart;
        _matches = matches;
        UnitWeights = new float[units.Length];
        for (var u = 0; u < units.Length; u++)
        {
            for (var i = units[u].Start; i < units[u].Start + units[u].Length; i++) UnitWeights[u] += weights[i];
        }
        _bestCover = new float[tokens.Length];
        for (var slot = 0; slot < tokens.Length; slot++)
        {
            foreach (var match in SlotMatches(slot)) _bestCover[slot] = Math.Max(_bestCover[slot], match.Similarity * UnitWeights[match.Unit]);
        }
        var total = 0f;
        foreach (var weight in weights) total += weight;
        TotalWeight = total;
        Structure = structure;
        for (var i = 0; i < weights.Length && i < 64; i++)
        {
            if ((Structure.Initials & (1UL << i)) != 0) InitialWeight += weights[i];
        }
    }

    /// <summary>First letters, initials and known given names of the query's words.</summary>
    public NameStructure Structure { get; }

    /// <summary>The weight of the query's initials: they meet listed words in the scorer, not through look-ups, so
    /// retrieval bounds add it to what a name can cover.</summary>
    public float InitialWeight { get; }

    public NormalizedName Name { get; }
    /// <summary>Weight of each query word (kind factor times rarity in the index).</summary>
    public float[] Weights { get; }
    public float TotalWeight { get; }
    /// <summary>Single words and joinable runs of words, each with the index tokens it matches.</summary>
    public QueryUnit[] Units { get; }
    /// <summary>The weight each unit covers (the sum of its words' weights).</summary>
    public float[] UnitWeights { get; }

    /// <summary>The query units that match an index token, with how well.</summary>
    public ReadOnlySpan<UnitMatch> MatchesOf(int token)
    {
        var slot = SlotOf(token);
        return slot < 0 ? default : SlotMatches(slot);
    }

    /// <summary>The most query weight that a name word (or joined run) with this token can cover: its best
    /// similarity times weight over the units it matches; 0 when it matches none.</summary>
    public float BestCover(int token)
    {
        var slot = SlotOf(token);
        return slot < 0 ? 0f : _bestCover[slot];
    }

    ReadOnlySpan<UnitMatch> SlotMatches(int slot) => _matches.AsSpan(_matchStart[slot], _matchStart[slot + 1] - _matchStart[slot]);

    int SlotOf(int token)
    {
        // The arrays belong to the thread and are claimed again by its next query (the same query prepared for the
        // next index, in a screening over several lists). A query used after that searches its own short token list.
        if (_slots.Current == _stamp) return _slots.Stamp[token] == _stamp ? _slots.Slot[token] : -1;
        return Array.IndexOf(_tokens, token);
    }

    /// <summary>Prepares <paramref name="name"/> for <paramref name="index"/>, finding its joinable runs first.</summary>
    public static PreparedQuery Prepare(NormalizedName name, NameIndex index) =>
        Prepare(name, NameIndexBuilder.JoinableSpans(name, null), QueryStructure(name), index);

    /// <summary>The structure a prepared query of <paramref name="name"/> carries: it depends on the name alone, so a
    /// query screened against several indexes reads it once.</summary>
    public static NameStructure QueryStructure(NormalizedName name) => NameStructure.Of(name, person: false);

    /// <summary>Prepares <paramref name="name"/>, whose joinable runs are <paramref name="joinable"/> and structure
    /// <paramref name="structure"/> (<see cref="QueryStructure"/>), for <paramref name="index"/>. The runs and the
    /// structure depend on the name alone: a query screened against several indexes finds them once.</summary>
    public static PreparedQuery Prepare(NormalizedName name, TokenSpan[] joinable, NameStructure structure, NameIndex index)
    {
        var units = new QueryUnit[name.Count + joinable.Length];
        for (var i = 0; i < name.Count; i++) units[i] = QueryUnit.Lookup(name.Tokens[i], i, 1, index);
        for (var s = 0; s < joinable.Length; s++)
        {
            var span = joinable[s];
            units[name.Count + s] = QueryUnit.Lookup(span.Text!, span.Start, span.Length, index);
        }
        var weights = new float[name.Count];
        for (var i = 0; i < name.Count; i++) weights[i] = Weighting.Weight(name.Kinds[i], units[i].Rarity(index), name.Tokens[i].Length);

        // Group the unit matches by token in two passes over the units: give each new token the next slot and
        // count its matches, then place every match in its slot's range. Within a token the matches stay in unit
        // order, which the alignment's stable sort relies on for ties. The scratch spans live on the stack for
        // ordinary names (a few dozen matches), so only the arrays the query keeps are allocated.
        var slots = t_slots ??= new TokenSlots();
        var stamp = slots.Claim(index.TokenCount);
        var matchCount = 0;
        foreach (var unit in units) matchCount += unit.Matches.Length;
        const int StackLimit = 256;
        Span<int> slotTokens = matchCount <= StackLimit ? stackalloc int[StackLimit] : new int[matchCount];
        // Per slot: first its number of matches, then where its next match goes.
        Span<int> next = matchCount <= StackLimit ? stackalloc int[StackLimit] : new int[matchCount];
        var slotCount = 0;
        foreach (var unit in units)
        {
            foreach (var match in unit.Matches)
            {
                if (slots.Stamp[match.Token] != stamp)
                {
                    slots.Stamp[match.Token] = stamp;
                    slots.Slot[match.Token] = slotCount;
                    next[slotCount] = 0; // stack memory is not zeroed (SkipLocalsInit)
                    slotTokens[slotCount++] = match.Token;
                }
                next[slots.Slot[match.Token]]++;
            }
        }
        var tokens = slotTokens[..slotCount].ToArray();
        var matchStart = new int[slotCount + 1];
        for (var slot = 0; slot < slotCount; slot++)
        {
            matchStart[slot + 1] = matchStart[slot] + next[slot];
            next[slot] = matchStart[slot];
        }
        var matches = new UnitMatch[matchCount];
        for (var u = 0; u < units.Length; u++)
        {
            foreach (var match in units[u].Matches)
            {
                matches[next[slots.Slot[match.Token]]++] = new UnitMatch(u, match.Similarity, match.Kind);
            }
        }
        return new PreparedQuery(name, structure, weights, units, slots, stamp, tokens, matchStart, matches);
    }
}

/// <summary>Per-thread arrays indexed by token id, claimed by one prepared query at a time.</summary>
sealed class TokenSlots
{
    public int[] Stamp { get; private set; } = [];
    public int[] Slot { get; private set; } = [];
    /// <summary>The stamp of the query that owns the arrays now.</summary>
    public int Current { get; private set; }

    public int Claim(int tokenCount)
    {
        if (Stamp.Length < tokenCount)
        {
            Stamp = new int[Math.Max(tokenCount, 1024)];
            Slot = new int[Stamp.Length];
            // Current is not reset: the new arrays hold zeros, which no stamp equals, and a query prepared
            // before the growth must never see its own stamp come round again.
        }
        if (++Current == int.MaxValue)
        {
            Array.Clear(Stamp);
            Current = 1;
        }
        return Current;
    }
}

/// <summary>A query unit's match with one index token.</summary>
readonly record struct UnitMatch(int Unit, float Similarity, MatchKind Kind);

/// <summary>An index token a query unit matched.</summary>
readonly record struct TokenHit(int Token, float Similarity, MatchKind Kind);

/// <summary>A word of the query, or a run of words read as one, with the index tokens it matches.</summary>
/// <remarks>A struct: a query has several units per index screened, and they live only as long as the query.</remarks>
readonly struct QueryUnit
{
    [ThreadStatic] static int[]? t_seenStamp;
    [ThreadStatic] static int t_stamp;

    QueryUnit(string text, int start, int length, TokenHit[] matches)
    {
        Text = text;
        Start = start;
        Length = length;
        Matches = matches;
    }

    public string Text { get; }
    public int Start { get; }
    public int Length { get; }
    /// <summary>The index tokens this unit matches.</summary>
    public TokenHit[] Matches { get; }

    /// <summary>The rarity of the word: its own if the index has it, else that of the rarest written word it matched,
    /// else the maximum.</summary>
    /// <remarks>A word met only in readings of Chinese characters has no frequency among written names, so it does not
    /// lend one to the words that resemble it: reading a few listed names aloud changes no other query's weights.
    /// A word of the other script lends its own only when nothing in the word's own script resembles it.</remarks>
    public float Rarity(NameIndex index)
    {
        // The word itself, when the index has it, is among the matches as the exact one.
        float best = 0f, transliterated = 0f;
        foreach (var match in Matches)
        {
            if (match.Kind == MatchKind.Exact) return index.TokenWeight[match.Token];
            if (index.IsReadingOnly(match.Token)) continue;
            if (match.Kind == MatchKind.Transliterated) transliterated = Math.Max(transliterated, index.TokenWeight[match.Token]);
            else best = Math.Max(best, index.TokenWeight[match.Token]);
        }
        // Words of the other script count only when none of the word's own does: their frequency is that of another
        // population of names (the few listed in Arabic script), so a list carrying Arabic script leaves the weights of
        // Latin words that have Latin neighbours as they were.
        if (best > 0) return best;
        return transliterated > 0 ? transliterated : Weighting.UnknownRarity;
    }

    public static QueryUnit Lookup(string text, int start, int length, NameIndex index)
    {
        var joined = length > 1;
        // A number the index does not hold meets nothing (Search): answered without the cache, which the numbers of
        // payment texts (new in nearly every line) would otherwise fill, sending every later new word to a search.
        if (IsLatinWithDigit(text) && !index.TokenIds.ContainsKey(text)) return new QueryUnit(text, start, length, []);
        if (!index.LookupCache(joined).TryGetValue(text, out var hits))
        {
            hits = Search(text, joined, index);
            index.LookupCache(joined).Add(text, hits);
        }
        return new QueryUnit(text, start, length, hits);
    }

    static TokenHit[] Search(string text, bool joined, NameIndex index)
    {
        // A Latin word with a digit (an invoice or account number, a vessel's 2) meets only itself: no typo allowance,
        // no skeleton, no syllables or given names (TokenSimilarity). Texts carry a new number in nearly every line.
        if (IsLatinWithDigit(text)) return index.TokenIds.TryGetValue(text, out var same) ? [new TokenHit(same, 1f, MatchKind.Exact)] : [];
        var lookup = new Searching(text, TokenTraits.Of(text), joined, index);
        if (index.TokenIds.TryGetValue(text, out var exact)) lookup.Consider(exact);
        // A known given name looks for its other spellings (Aleksandr / Alexander are three edits apart).
        if (lookup.Traits.GivenNames is { } classes)
        {
            foreach (var id in classes)
            {
                foreach (var spelling in NameTables.GivenNameClass(id))
                {
                    if (index.TokenIds.TryGetValue(spelling, out var equivalent)) lookup.Consider(equivalent);
                }
            }
        }
        foreach (var key in KoreanSyllables.CoarseKeys(lookup.Traits.Splits))
        {
            if (!index.KoreanKeys.TryGetValue(key, out var tokens)) continue;
            foreach (var token in tokens) lookup.Consider(token);
        }
        DeletionNeighbourhood.ForEachVariant(text, ref lookup, static (ref Searching l, ulong hash) => l.ConsiderVariant(hash));
        ConsiderOtherScript(text, ref lookup, index);
        return [.. lookup.Hits];
    }

    /// <summary>Lower-case Latin letters and digits, at least one digit.</summary>
    static bool IsLatinWithDigit(string text)
    {
        var digit = false;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c)) digit = true;
            else if (!char.IsAsciiLetterLower(c)) return false;
        }
        return digit;
    }

    /// <summary>An Arabic-script word looks for the Latin words of its consonant skeleton, and a Latin word for the
    /// Arabic-script words of its own, so that the pair is found from either side. A Latin word does so only in an
    /// index that holds Arabic script, and only when the look-up is not cached.</summary>
    static void ConsiderOtherScript(string text, ref Searching lookup, NameIndex index)
    {
        if (lookup.Traits.IsArabic)
        {
            foreach (var key in ConsonantSkeleton.Keys(lookup.Traits.ArabicSkeletons))
            {
                if (!index.LatinKeys.TryGetValue(key, out var latin)) continue;
                foreach (var token in latin) lookup.Consider(token);
            }
            return;
        }
        if (index.ArabicKeys.Count == 0 || ConsonantSkeleton.LatinKey(text) is not { } own) return;
        if (!index.ArabicKeys.TryGetValue(own, out var arabic)) return;
        foreach (var token in arabic) lookup.Consider(token);
    }

    /// <summary>The state of one unit's look-up: which tokens were already compared, and the hits.</summary>
    struct Searching
    {
        readonly string _text;
        readonly bool _joined;
        readonly NameIndex _index;
        readonly int[] _seen;
        readonly int _stamp;

        public Searching(string text, TokenTraits traits, bool joined, NameIndex index)
        {
            _text = text;
            Traits = traits;
            _joined = joined;
            _index = index;
            Hits = [];
            // A per-thread stamp array marks tokens already compared without allocating a set per look-up.
            var seen = t_seenStamp;
            if (seen is null || seen.Length < index.TokenCount) t_seenStamp = seen = new int[Math.Max(index.TokenCount, 1024)];
            if (++t_stamp == int.MaxValue)
            {
                Array.Clear(seen);
                t_stamp = 1;
            }
            _seen = seen;
            _stamp = t_stamp;
        }

        public TokenTraits Traits { get; }
        public List<TokenHit> Hits { get; }

        public readonly void ConsiderVariant(ulong hash)
        {
            foreach (var token in _index.Variants.Find(hash)) Consider(token);
        }

        public readonly void Consider(int token)
        {
            if (_seen[token] == _stamp) return;
            _seen[token] = _stamp;
            var (similarity, kind) = TokenSimilarity.Compare(_text, Traits, _index.TokenText[token], _index.Traits[token], _joined || _index.IsSpan(token));
            if (similarity > 0) Hits.Add(new TokenHit(token, similarity, kind));
        }
    }
}
