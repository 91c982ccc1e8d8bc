using Interdict.Core.Lists;
using Interdict.Matching.Index;
using Interdict.Matching.Normalization;
using Interdict.Matching.Scoring;
using Interdict.Matching.Screening;

namespace Interdict.Matching.Text;

/// <summary>Finds listed names inside a run of words: which names the words can reach, where in the words each
/// lies, and the run of words that scores best against it.</summary>
/// <remarks>
/// Three steps, each cheaper than the next and each on fewer names:
/// <list type="number">
/// <item>Every ordinary word of the text is looked up in the index (the same cached look-up a query word gets), and
/// the names holding the tokens it meets collect what those words can cover of them. Only tokens held by few names
/// pull names in (<see cref="TextIndex"/>); stop words, legal forms, titles, particles and numbers never do.</item>
/// <item>A name stays a candidate only if the words met, plus all its words that no pulling token reaches, could
/// cover <see cref="MinListedCoverage"/> of its weight: a name inside text must be there whole, or nearly.</item>
/// <item>Around each group of words that met a candidate, a window reaching as far as the name is long on each side
/// (never across punctuation that ends a name) is scored with the ordinary scorer; the words the alignment used
/// give the tight run, which is scored again. The run is kept when it covers the listed name and scores at the
/// threshold.</item>
/// </list>
/// Allocation-light but not allocation-free: windows are prepared as queries, and there are few of them.
/// </remarks>
static class NameWindows
{
    /// <summary>The least share of a listed name's weight that a run of text must cover to be that name: all of
    /// it, less a middle name or a common word. The ordinary scorer forgives missing listed words (a query often
    /// gives fewer words than the list); inside text, one surname alone is not the name.</summary>
    public const float MinListedCoverage = 0.75f;

    /// <summary>A text word pulls names in only through tokens it meets at least this well.</summary>
    const float MinPullSimilarity = 0.7f;

    /// <summary>A run never grows past this many words beyond the name's length (and masks hold 64 words).</summary>
    const int MaxReach = 8;

    [ThreadStatic] static Scratch? t_scratch;

    /// <summary>The runs of <paramref name="words"/> that score at least <paramref name="threshold"/> against a name
    /// of <paramref name="index"/> of a kind compatible with <paramref name="kind"/>; per name, runs that overlap
    /// keep the best.</summary>
    public static List<NameWindow> Find(TextWord[] words, NameIndex index, double threshold, PartyKind kind)
    {
        var found = new List<NameWindow>();
        if (words.Length == 0) return found;
        var text = TextIndex.Of(index);
        var hits = new TokenHit[words.Length][];
        for (var i = 0; i < words.Length; i++) hits[i] = Pulls(words[i]) ? QueryUnit.Lookup(words[i].Token, i, 1, index).Matches : [];

        // Pass 1: what the words can cover of each name they reach.
        var scratch = t_scratch ??= new Scratch();
        scratch.Reset(index.NameCount);
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var hit in hits[i])
            {
                if (hit.Similarity < MinPullSimilarity || !text.Generates[hit.Token]) continue;
                var value = hit.Similarity * text.Value[hit.Token];
                foreach (var name in index.Postings[hit.Token]) scratch.Add(name, value);
            }
        }

        // Pass 2: names that can be there whole.
        var any = false;
        foreach (var name in scratch.Touched)
        {
            if (scratch.Sum(name) + text.SilentWeight[name] < MinListedCoverage * index.Names[name].TotalWeight - 1e-4f) continue;
            if (!text.Windowable[name] || !Screener.KindsMatch(kind, index.NameKinds[name])) continue;
            scratch.Keep(name);
            any = true;
        }
        if (!any) return found;

        // Pass 3: where each kept name was met, grouped into runs, each run scored.
        var anchors = new List<(int Name, int Word)>();
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var hit in hits[i])
            {
                if (hit.Similarity < MinPullSimilarity || !text.Generates[hit.Token]) continue;
                foreach (var name in index.Postings[hit.Token])
                {
                    if (scratch.IsKept(name)) anchors.Add((name, i));
                }
            }
        }
        anchors.Sort();
        var prepared = new Dictionary<(int, int), PreparedQuery>();
        var a = 0;
        while (a < anchors.Count)
        {
            var name = anchors[a].Name;
            var length = index.Names[name].Tokens.Length;
            var first = anchors[a].Word;
            var last = first;
            a++;
            while (a < anchors.Count && anchors[a].Name == name && Joins(words, first, last, anchors[a].Word, length))
            {
                last = anchors[a].Word;
                a++;
            }
            if (ScoreRun(words, index, name, first, last, prepared) is { } window && window.Score >= threshold) Keep(found, window);
        }
        return found;
    }

    /// <summary>A text word that may pull names in: an ordinary word, not a letter, not a number.</summary>
    static bool Pulls(TextWord word) => word.Kind == TokenKind.Word && word.Token.Length >= 2 && !TextIndex.IsNumber(word.Token);

    /// <summary>Whether the next meeting of a name belongs to the same run: near enough, with no punctuation that
    /// ends a name in between, and the run not grown past twice the name.</summary>
    static bool Joins(TextWord[] words, int first, int last, int next, int nameLength)
    {
        if (next == last) return true;
        if (next - last > nameLength + 1 || next - first >= 2 * nameLength + 2) return false;
        for (var i = last + 1; i <= next; i++)
        {
            if (words[i].BreakBefore) return false;
        }
        return true;
    }

    static NameWindow? ScoreRun(TextWord[] words, NameIndex index, int nameId, int first, int last, Dictionary<(int, int), PreparedQuery> prepared)
    {
        var name = index.Names[nameId];
        var reach = Math.Min(name.Tokens.Length, MaxReach);
        var start = first;
        while (start > 0 && first - start < reach && !words[start].BreakBefore) start--;
        var end = last + 1;
        while (end < words.Length && end - 1 - last < reach && !words[end].BreakBefore) end++;
        if (end - start > 64) end = start + 64; // alignment masks hold 64 words

        var wide = Prepare(words, start, end - start, index, prepared);
        var score = NameScorer.Score(wide, name, out var used, out var coverage);
        if (used == 0) return null;
        var from = start + System.Numerics.BitOperations.TrailingZeroCount(used);
        var to = start + 64 - System.Numerics.BitOperations.LeadingZeroCount(used);
        var query = wide;
        if (from != start || to != end)
        {
            query = Prepare(words, from, to - from, index, prepared);
            score = NameScorer.Score(query, name, out _, out coverage);
        }
        if (coverage < MinListedCoverage) return null;
        if (name.Name.Quality == NameQuality.Low) score *= Screener.LowQualityFactor;
        return new NameWindow(nameId, score, coverage, from, to - from, query);
    }

    static PreparedQuery Prepare(TextWord[] words, int start, int count, NameIndex index, Dictionary<(int, int), PreparedQuery> prepared)
    {
        if (prepared.TryGetValue((start, count), out var query)) return query;
        var tokens = new string[count];
        var kinds = new TokenKind[count];
        for (var i = 0; i < count; i++)
        {
            tokens[i] = words[start + i].Token;
            kinds[i] = words[start + i].Kind;
        }
        query = PreparedQuery.Prepare(new NormalizedName(tokens, kinds), index);
        prepared[(start, count)] = query;
        return query;
    }

    /// <summary>Keeps a run unless a run of the same entry over the same words scored at least as well; drops the
    /// runs it beats.</summary>
    static void Keep(List<NameWindow> found, NameWindow window)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var other = found[i];
            if (other.Name != window.Name || !other.Overlaps(window)) continue;
            if (other.Score >= window.Score) return;
            found.RemoveAt(i);
        }
        found.Add(window);
    }

    /// <summary>The weight of the run's words, and of the words outside it that are attached to it: reached from the
    /// run without crossing punctuation that ends a name or a function word (<c>of</c>, <c>a</c>), counted when some
    /// listed name holds them.</summary>
    /// <remarks>In <c>DPRK national Ri Pyong-chul</c> the name is <c>ri pyong chul</c> and <c>dprk national</c> is
    /// attached; in <c>Kim Chol-sam, a North Korean official</c> nothing is (a comma, then <c>a</c>).</remarks>
    /// <param name="words">The words.</param>
    /// <param name="start">The run's first word.</param>
    /// <param name="end">The word after the run.</param>
    /// <param name="index">The index the weights come from.</param>
    /// <param name="personal">Set when an attached word is a word of some listed person's name, or an initial.</param>
    public static (float Attached, float Run) Weights(TextWord[] words, int start, int end, NameIndex index, out bool personal)
    {
        var text = TextIndex.Of(index);
        float run = 0, attached = 0;
        personal = false;
        for (var i = start; i < end; i++) run += WeightOf(words[i], index);
        for (var i = start - 1; i >= 0 && !words[i + 1].BreakBefore && words[i].Kind != TokenKind.Stop; i--)
        {
            attached += AttachedWeight(words[i], index);
            personal |= IsPersonal(words[i], index, text);
        }
        for (var i = end; i < words.Length && !words[i].BreakBefore && words[i].Kind != TokenKind.Stop; i++)
        {
            attached += AttachedWeight(words[i], index);
            personal |= IsPersonal(words[i], index, text);
        }
        return (attached, run);
    }

    /// <summary>What an attached word weighs against the run: a word of some listed name, at its weight; a word no
    /// listed name holds (<c>beneficiary</c>, <c>reported</c>) or a number is context, and weighs nothing.</summary>
    static float AttachedWeight(TextWord word, NameIndex index) =>
        !TextIndex.IsNumber(word.Token) && index.TokenIds.TryGetValue(word.Token, out var token) && !index.IsReadingOnly(token)
            ? Weighting.Weight(word.Kind, index.TokenWeight[token], word.Token.Length)
            : 0f;

    static bool IsPersonal(TextWord word, NameIndex index, TextIndex text) =>
        word.Kind == TokenKind.Word && (word.Token.Length == 1 || (index.TokenIds.TryGetValue(word.Token, out var token) && text.PersonWord[token]));

    static float WeightOf(TextWord word, NameIndex index)
    {
        var rarity = index.TokenIds.TryGetValue(word.Token, out var token) ? index.TokenWeight[token] : Weighting.UnknownRarity;
        return Weighting.Weight(word.Kind, rarity, word.Token.Length);
    }

    /// <summary>Per-thread arrays indexed by name id, reset by bumping a stamp instead of clearing.</summary>
    sealed class Scratch
    {
        int[] _stamp = [];
        int[] _kept = [];
        float[] _sum = [];
        int _current;

        public List<int> Touched { get; } = [];

        public void Reset(int names)
        {
            if (_stamp.Length < names)
            {
                _stamp = new int[names];
                _kept = new int[names];
                _sum = new float[names];
                _current = 0;
            }
            _current++;
            Touched.Clear();
        }

        public void Add(int name, float value)
        {
            if (_stamp[name] != _current)
            {
                _stamp[name] = _current;
                _sum[name] = 0;
                Touched.Add(name);
            }
            _sum[name] += value;
        }

        public float Sum(int name) => _sum[name];

        public void Keep(int name) => _kept[name] = _current;

        public bool IsKept(int name) => _kept[name] == _current;
    }
}
