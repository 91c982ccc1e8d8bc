using System.Collections.Frozen;
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
/// (never across punctuation that ends a name) is aligned with the name by the ordinary scorer, unless a bound of
/// the coverage any run in it can reach (<see cref="Windows.CoverageBound"/>) says it falls short; the run is the
/// meetings grown over the words the alignment used next to them, then by one word more on either side while that
/// scores better. The run is kept when it covers <see cref="MinListedCoverage"/> of the listed name and scores at
/// the threshold.</item>
/// </list>
/// Allocation-light but not allocation-free: windows that pass the bound are prepared as queries, and there are few
/// of them (in payment text, 1 in 40 of the windows around kept names).
/// </remarks>
static class NameWindows
{
    /// <summary>The least share of a listed name's weight that a run of text must cover to be that name: all of
    /// it, less a middle name or a common word. The ordinary scorer forgives missing listed words (a query often
    /// gives fewer words than the list); inside text, one surname alone is not the name.</summary>
    public const float MinListedCoverage = 0.75f;

    /// <summary>The coverage a name of one ordinary word needs: all of it, exactly (float rounding aside).</summary>
    const float WholeAndExact = 0.999f;

    /// <summary>A text word pulls names in only through tokens it meets at least this well.</summary>
    const float MinPullSimilarity = 0.7f;

    /// <summary>Float rounding allowance of <see cref="Windows.CoverageBound"/> against the coverage the scorer sums.</summary>
    const float CoverageMargin = 1e-3f;

    /// <summary>A run never grows past this many words beyond the name's length (and masks hold 64 words).</summary>
    const int MaxReach = 8;

    [ThreadStatic] static Scratch? t_scratch;

    /// <summary>The runs of <paramref name="words"/> that score at least <paramref name="threshold"/> against a name
    /// of <paramref name="index"/> of a kind compatible with <paramref name="kind"/>; per name, runs that overlap
    /// keep the best.</summary>
    public static IReadOnlyList<NameWindow> Find(TextWord[] words, NameIndex index, double threshold, PartyKind kind) =>
        Find(words, index, threshold, kind, MinListedCoverage);

    /// <summary>As <see cref="Find(TextWord[], NameIndex, double, PartyKind)"/>, keeping only runs that cover at least
    /// <paramref name="listedCoverage"/> (not below <see cref="MinListedCoverage"/>) of the listed name: a caller that
    /// needs more than text mode does says so, and names that cannot reach it are never aligned.</summary>
    public static IReadOnlyList<NameWindow> Find(TextWord[] words, NameIndex index, double threshold, PartyKind kind, float listedCoverage)
    {
        listedCoverage = Math.Max(listedCoverage, MinListedCoverage);
        if (words.Length == 0) return [];
        var text = TextIndex.Of(index);
        // Most texts and queries reach no name whole: nothing is allocated for them but the look-ups' cache entries.
        var scratch = t_scratch ??= new Scratch();
        scratch.Reset(index.NameCount);
        var hits = scratch.Hits(words.Length);
        for (var i = 0; i < words.Length; i++) hits[i] = Pulls(words[i]) ? QueryUnit.Lookup(words[i].Token, i, 1, index).Matches : [];

        // Pass 1: what the words can cover of each name they reach. Looking for organisations only, the names pass 2
        // would drop for their kind are never read.
        var organizationsOnly = kind == PartyKind.Organization;
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var hit in hits[i])
            {
                if (hit.Similarity < MinPullSimilarity || !text.Generates[hit.Token]) continue;
                var value = hit.Similarity * text.Value[hit.Token];
                foreach (var name in organizationsOnly ? text.OrganizationPostings(hit.Token) : index.Postings(hit.Token)) scratch.Add(name, value, i);
            }
        }

        // Pass 2: names that can be there whole.
        var kept = scratch.Kept;
        foreach (var name in scratch.Touched)
        {
            if (scratch.Sum(name) + text.SilentWeight[name] < listedCoverage * text.TotalWeight[name] - 1e-4f) continue;
            if (!text.Windowable[name] || !Screener.KindsMatch(kind, index.NameKinds[name])) continue;
            kept.Add(name);
        }
        if (kept.Count == 0) return [];
        var found = new List<NameWindow>();

        // Pass 3: where each kept name was met (pass 1 noted the words, in order), grouped into runs, each run scored.
        kept.Sort();
        var anchors = new List<(int Name, int Word)>();
        foreach (var name in kept) scratch.AddMeetings(anchors, name);
        var windows = new Windows(words, index, text, hits);
        var a = 0;
        while (a < anchors.Count)
        {
            var name = anchors[a].Name;
            var length = index.Names[name].Tokens.Length;
            var i = a;
            while (a < anchors.Count && anchors[a].Name == name) a++;
            // Runs of nearby meetings, each scored; meetings past the window a run gave start the next run, so a
            // name written twice close together is found twice.
            var floor = 0;
            while (i < a)
            {
                var first = anchors[i].Word;
                var last = first;
                var j = i + 1;
                while (j < a && Joins(words, first, last, anchors[j].Word, length)) last = anchors[j++].Word;
                var window = ScoreRun(windows, name, first, last, floor, listedCoverage);
                if (window is { } hit && hit.Score >= threshold) Keep(found, hit);
                var next = j;
                if (window is { } w)
                {
                    var k = i;
                    while (k < j && anchors[k].Word < w.End) k++;
                    if (k > i && k < j) next = k;
                    floor = w.End;
                }
                i = next;
            }
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

    /// <summary>The best run around the meetings <paramref name="first"/>..<paramref name="last"/> of a name, never
    /// starting before <paramref name="floor"/> (the end of the name's previous run).</summary>
    static NameWindow? ScoreRun(Windows windows, int nameId, int first, int last, int floor, float listedCoverage)
    {
        var (words, index, text) = (windows.Words, windows.Index, windows.Text);
        var name = index.Names[nameId];
        var reach = Math.Min(name.Tokens.Length, MaxReach);
        first = Math.Max(first, floor);
        var start = first;
        while (start > floor && first - start < reach && !words[start].BreakBefore) start--;
        var end = last + 1;
        while (end < words.Length && end - 1 - last < reach && !words[end].BreakBefore) end++;
        if (end - start > 64) end = start + 64; // alignment masks hold 64 words
        // A name with one ordinary word (MAKIN, KKBC, Maulavi Adam) is one word in a text full of words: it must be
        // there whole and exact (Adam alone is not Maulavi Adam, James is not JAMBS).
        var required = text.Words[nameId] < 2 ? WholeAndExact : listedCoverage;
        // No run inside the window can cover what the name needs: the answer below would be null, without preparing.
        if (windows.CoverageBound(name, start, end) < required - CoverageMargin) return null;

        var wide = windows.Prepare(start, end - start);
        NameScorer.Score(wide, name, out var used, out _);
        if (used == 0) return null;
        bool Used(int word) => (used & (1UL << (word - start))) != 0;

        // The run: the first used word among the meetings, grown over the used words next to it (one unused word may sit
        // between: a middle name the list lacks). Used words further off met the name by chance: the alignment pairs
        // equal words in order, so a legal form written earlier in the text may take the place of the name's own.
        var from = start;
        while (from < end - 1 && !(Used(from) && from >= first)) from++;
        if (!Used(from)) from = start + System.Numerics.BitOperations.TrailingZeroCount(used);
        var to = from + 1;
        while (from > start)
        {
            if (Used(from - 1)) from--;
            else if (from - 2 >= start && Used(from - 2)) from -= 2;
            else break;
        }
        while (to < end)
        {
            if (Used(to)) to++;
            else if (to + 1 < end && Used(to + 1)) to += 2;
            else break;
        }
        var query = windows.Prepare(from, to - from);
        var score = NameScorer.Score(query, name, out _, out var coverage);

        // Then one word more on either side while that scores better (a legal form the alignment paired elsewhere).
        for (var step = 0; step < reach && coverage < 1f; step++)
        {
            var grown = false;
            ReadOnlySpan<(int From, int To)> options = [(from - 1, to), (from, to + 1)];
            foreach (var (f, t) in options)
            {
                if (f < start || t > end) continue;
                var candidate = windows.Prepare(f, t - f);
                var candidateScore = NameScorer.Score(candidate, name, out _, out var candidateCoverage);
                if (candidateScore <= score) continue;
                (from, to, query, score, coverage, grown) = (f, t, candidate, candidateScore, candidateCoverage, true);
            }
            if (!grown) break;
        }
        if (coverage < required) return null;
        if (name.Name.Quality == NameQuality.Low) score *= Screener.LowQualityFactor;
        return new NameWindow(nameId, score, coverage, from, to - from, query);
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
        for (var i = start - 1; i >= 0 && !words[i + 1].BreakBefore && words[i].Kind != TokenKind.Stop && !IsStanding(words[i]); i--)
        {
            attached += AttachedWeight(words[i], index);
            personal |= IsPersonal(words[i], index, text);
        }
        for (var i = end; i < words.Length && !words[i].BreakBefore && words[i].Kind != TokenKind.Stop && !IsStanding(words[i]); i++)
        {
            attached += AttachedWeight(words[i], index);
            personal |= IsPersonal(words[i], index, text);
        }
        return (attached, run);
    }

    /// <summary>Nouns of a person's standing (<c>citizen</c>, <c>national</c>, <c>resident</c>) end a phrase as a function
    /// word does: what they stand with describes the person (<c>the Afghan citizen</c>, <c>DPRK national</c>,
    /// <c>ressortissant égyptien</c>), it is not more of the name.</summary>
    static readonly FrozenSet<string> Standing = new[]
    {
        "citizen", "citizens", "national", "nationals", "resident", "residents", "native", "subject", "passport", "holder",
        "born", "nationality", "citoyen", "citoyenne", "ressortissant", "ressortissante", "ciudadano", "ciudadana",
        "nacional", "staatsburger", "staatsangehoriger", "burger", "cittadino", "cittadina", "grazhdanin", "grazhdanka",
    }.ToFrozenSet(StringComparer.Ordinal);

    static bool IsStanding(TextWord word) => Standing.Contains(word.Token);

    /// <summary>What an attached word weighs against the run: a word of some listed name, at its weight; a word no
    /// listed name holds (<c>beneficiary</c>, <c>reported</c>) or a number is context, and weighs nothing.</summary>
    static float AttachedWeight(TextWord word, NameIndex index) =>
        !TextIndex.IsNumber(word.Token) && index.TokenIds.TryGetValue(word.Token, out var token) && !index.IsReadingOnly(token)
            ? Weighting.Weight(word.Kind, index.TokenWeight[token], word.Token.Length)
            : 0f;

    /// <summary>A word of some listed person's name, or an initial.</summary>
    public static bool IsPersonal(TextWord word, NameIndex index) => IsPersonal(word, index, TextIndex.Of(index));

    static bool IsPersonal(TextWord word, NameIndex index, TextIndex text) =>
        word.Kind == TokenKind.Word && (word.Token.Length == 1 || (index.TokenIds.TryGetValue(word.Token, out var token) && text.PersonWord[token]));

    static float WeightOf(TextWord word, NameIndex index)
    {
        var rarity = index.TokenIds.TryGetValue(word.Token, out var token) ? index.TokenWeight[token] : Weighting.UnknownRarity;
        return Weighting.Weight(word.Kind, rarity, word.Token.Length);
    }

    /// <summary>The windows of one text (or query) prepared as queries, each once, and what bounds them before.</summary>
    internal sealed class Windows(TextWord[] words, NameIndex index, TextIndex text, TokenHit[][]? pulled)
    {
        /// <summary>The last text's joinable runs on this thread: a text is searched in every list with the same words,
        /// and its runs depend on the words alone. The reference keeps the words alive, so no other text can share it.</summary>
        [ThreadStatic] static (TextWord[]? Words, TokenSpan[] Spans) t_joinable;

        readonly Dictionary<(int, int), PreparedQuery> _prepared = [];
        TokenSpan[]? _joinable;
        TokenHit[]?[]? _lookups;

        public Windows(TextWord[] words, NameIndex index) : this(words, index, TextIndex.Of(index), null) { }

        public TextWord[] Words => words;
        public NameIndex Index => index;
        public TextIndex Text => text;

        /// <summary>The words <paramref name="start"/>..+<paramref name="count"/> prepared as a query.</summary>
        public PreparedQuery Prepare(int start, int count)
        {
            if (_prepared.TryGetValue((start, count), out var query)) return query;
            var tokens = new string[count];
            var kinds = new TokenKind[count];
            for (var i = 0; i < count; i++)
            {
                tokens[i] = words[start + i].Token;
                kinds[i] = words[start + i].Kind;
            }
            var name = new NormalizedName(tokens, kinds);
            query = PreparedQuery.Prepare(name, JoinableInside(start, count), PreparedQuery.QueryStructure(name), index);
            _prepared[(start, count)] = query;
            return query;
        }

        /// <summary>The joinable runs of the window, as <see cref="NameIndexBuilder.JoinableSpans"/> finds them in it: whether
        /// a run joins depends on its words alone, so the window's runs are the text's runs that lie inside it, found once
        /// per text.</summary>
        TokenSpan[] JoinableInside(int start, int count)
        {
            var all = JoinableSpansOfText();
            var inside = 0;
            foreach (var span in all)
            {
                if (span.Start >= start && span.Start + span.Length <= start + count) inside++;
            }
            if (inside == 0) return [];
            var spans = new TokenSpan[inside];
            var k = 0;
            foreach (var span in all)
            {
                if (span.Start >= start && span.Start + span.Length <= start + count) spans[k++] = span with { Start = span.Start - start };
            }
            return spans;
        }

        /// <summary>An upper bound of the listed coverage (<see cref="NameScorer.Score(PreparedQuery, IndexedName, out ulong, out float)"/>)
        /// of any run of words inside <paramref name="start"/>..<paramref name="end"/> against <paramref name="name"/>.</summary>
        /// <remarks>The scorer covers each listed word at most once, by a pairing whose similarity is that of a look-up
        /// of one of the run's units (a word, or a joinable run of words) against the listed word or a joined run of listed
        /// words holding it, or <see cref="NameScorer.InitialSimilarity"/> for a listed initial; the same normalised words
        /// cover the name whole, each met exactly. So <c>Σ weight × best similarity any unit of the window meets the
        /// listed word with / total weight</c> is never below the coverage of a run inside the window. The look-ups are
        /// those preparing the window would make (cached per index), with nothing prepared.</remarks>
        public float CoverageBound(IndexedName name, int start, int end)
        {
            var length = name.Tokens.Length;
            if (length > 64 || name.TotalWeight <= 0) return length > 64 ? 1f : 0f;
            Span<float> best = stackalloc float[length];
            best.Clear();
            for (var i = start; i < end; i++) Meet(name, LookupOf(i), best);
            foreach (var span in JoinableSpansOfText())
            {
                if (span.Start < start || span.Start + span.Length > end) continue;
                Meet(name, QueryUnit.Lookup(span.Text!, span.Start, span.Length, index).Matches, best);
            }
            var covered = 0f;
            for (var j = 0; j < length; j++)
            {
                var similarity = (name.Initials & (1UL << j)) != 0 ? Math.Max(best[j], NameScorer.InitialSimilarity) : best[j];
                covered += name.Weights[j] * similarity;
            }
            return covered / name.TotalWeight;
        }

        TokenSpan[] JoinableSpansOfText()
        {
            if (_joinable is not null) return _joinable;
            if (!ReferenceEquals(t_joinable.Words, words))
            {
                t_joinable = (words, NameIndexBuilder.JoinableSpans(new NormalizedName(TokensOf(words), KindsOf(words)), null));
            }
            return _joinable = t_joinable.Spans;
        }

        /// <summary>The look-up of word <paramref name="i"/> as a unit of its own (the one a prepared window makes).</summary>
        TokenHit[] LookupOf(int i)
        {
            // A word that pulls names in was looked up already, by pass 1.
            if (pulled is not null && Pulls(words[i])) return pulled[i];
            _lookups ??= new TokenHit[]?[words.Length];
            return _lookups[i] ??= QueryUnit.Lookup(words[i].Token, i, 1, index).Matches;
        }

        /// <summary>Raises each listed word's best similarity by the tokens a unit matched: its own token, or a joined
        /// run of listed words holding it.</summary>
        static void Meet(IndexedName name, TokenHit[] hits, Span<float> best)
        {
            foreach (var hit in hits)
            {
                for (var j = 0; j < best.Length; j++)
                {
                    if (name.Tokens[j] == hit.Token && hit.Similarity > best[j]) best[j] = hit.Similarity;
                }
                foreach (var span in name.Spans)
                {
                    if (span.Token != hit.Token) continue;
                    for (var j = span.Start; j < span.Start + span.Length && j < best.Length; j++) best[j] = Math.Max(best[j], hit.Similarity);
                }
            }
        }

        static string[] TokensOf(TextWord[] words)
        {
            var tokens = new string[words.Length];
            for (var i = 0; i < words.Length; i++) tokens[i] = words[i].Token;
            return tokens;
        }

        static TokenKind[] KindsOf(TextWord[] words)
        {
            var kinds = new TokenKind[words.Length];
            for (var i = 0; i < words.Length; i++) kinds[i] = words[i].Kind;
            return kinds;
        }
    }

    /// <summary>Per-thread arrays indexed by name id, reset by bumping a stamp instead of clearing.</summary>
    sealed class Scratch
    {
        int[] _stamp = [];
        float[] _sum = [];
        // Per name, its meetings as a chain through _meetings in the order met: the first and last link.
        int[] _firstMeeting = [];
        int[] _lastMeeting = [];
        (int Word, int Next)[] _meetings = new (int, int)[256];
        int _meetingCount;
        int _current;
        TokenHit[][] _hits = [];

        public List<int> Touched { get; } = [];


        /// <summary>The names pass 2 keeps.</summary>
        public List<int> Kept { get; } = [];

        /// <summary>A buffer for each word's look-up, valid until the thread's next text.</summary>
        public TokenHit[][] Hits(int words)
        {
            if (_hits.Length < words) _hits = new TokenHit[Math.Max(words, 64)][];
            return _hits;
        }

        public void Reset(int names)
        {
            if (_stamp.Length < names)
            {
                _stamp = new int[names];
                _firstMeeting = new int[names];
                _lastMeeting = new int[names];
                _sum = new float[names];
                _current = 0;
            }
            _current++;
            Touched.Clear();
            Kept.Clear();
            _meetingCount = 0;
        }

        /// <summary>Word <paramref name="word"/> met <paramref name="name"/> through one token, worth <paramref name="value"/>.</summary>
        public void Add(int name, float value, int word)
        {
            if (_meetingCount == _meetings.Length) Array.Resize(ref _meetings, 2 * _meetings.Length);
            var meeting = _meetingCount++;
            _meetings[meeting] = (word, -1);
            if (_stamp[name] != _current)
            {
                _stamp[name] = _current;
                _sum[name] = 0;
                _firstMeeting[name] = meeting;
                Touched.Add(name);
            }
            else
            {
                _meetings[_lastMeeting[name]].Next = meeting;
            }
            _lastMeeting[name] = meeting;
            _sum[name] += value;
        }

        /// <summary>Adds the words that met <paramref name="name"/>, in the order met (word order, one per token met).</summary>
        public void AddMeetings(List<(int Name, int Word)> anchors, int name)
        {
            for (var meeting = _firstMeeting[name]; meeting >= 0; meeting = _meetings[meeting].Next) anchors.Add((name, _meetings[meeting].Word));
        }

        public float Sum(int name) => _sum[name];
    }
}
