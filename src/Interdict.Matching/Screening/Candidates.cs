using Interdict.Matching.Index;
using Interdict.Matching.Scoring;

namespace Interdict.Matching.Screening;

/// <summary>Candidate retrieval through the inverted index, reading only the postings that can matter (prefix filtering).</summary>
/// <remarks>A name scores at most <c>0.6 × query coverage + 0.4 + evidence (≤ 0.04)</c> (<see cref="ScoreModel"/>), so to reach a threshold it
/// must cover a minimum share of the query's weight. Sort the query words by weight: the smallest set of heaviest
/// words whose complement weighs less than that share must contain a word the name matches. Only the postings of
/// those words (and of joined runs that include them) are read; <c>Kim</c> or <c>Trading</c> next to a rarer
/// word is never used to pull in names.</remarks>
static class Candidates
{
    [ThreadStatic] static Scratch? t_scratch;

    /// <summary>Names that may score at least <paramref name="minimumScore"/> (0: every name sharing a word).</summary>
    public static List<int> Collect(PreparedQuery query, NameIndex index, double minimumScore)
    {
        var generating = GeneratingPositions(query, minimumScore);
        var required = minimumScore <= 0 ? 0 : RequiredCoverage(minimumScore) * query.TotalWeight;
        var scratch = t_scratch ??= new Scratch();
        scratch.Reset(index.NameCount);

        // Pass 1: the generating units' postings, with each name's best similarity per unit summed up.
        // A name can add at most the weight of the other words to that.
        // Initials meet listed words in the scorer, not through postings: they may cover their weight in any name.
        var otherWeight = query.InitialWeight;
        for (var i = 0; i < query.Weights.Length; i++)
        {
            if (i >= 64 || (generating & (1UL << i)) == 0) otherWeight += query.Weights[i];
        }
        for (var u = 0; u < query.Units.Length; u++)
        {
            var unit = query.Units[u];
            if ((generating & Mask(unit.Start, unit.Length)) == 0) continue;
            scratch.NextUnit();
            foreach (var match in unit.Matches)
            {
                var value = match.Similarity * query.UnitWeights[u];
                foreach (var name in index.Postings(match.Token)) scratch.Offer(name, value);
            }
        }

        // Pass 2: a name whose generating units, plus every other unit at full weight, fall short is dropped
        // at once; the rest get the exact bound over their own words.
        var names = new List<int>();
        foreach (var name in scratch.Touched)
        {
            if (required > 0)
            {
                var sum = scratch.Sum(name);
                if (sum + otherWeight < required) continue;
                if (sum < required && CoverageBound(query, index, name) < required) continue;
            }
            names.Add(name);
        }
        return names;
    }

    /// <summary>An upper bound of the query weight a name can cover: every word and joined run of the name counted
    /// at the most it can cover of the query. An alignment pairs each of them with one query unit at most, so the
    /// sum is never below the name's true coverage.</summary>
    static float CoverageBound(PreparedQuery query, NameIndex index, int name)
    {
        var bound = query.InitialWeight;
        var tokens = index.NameTokens;
        for (int i = index.NameTokenStart[name], end = index.NameTokenStart[name + 1]; i < end; i++) bound += query.BestCover(tokens[i]);
        return bound;
    }

    /// <summary>The query positions (as a bit mask) of which a qualifying name must match at least one.</summary>
    static ulong GeneratingPositions(PreparedQuery query, double minimumScore)
    {
        var count = Math.Min(query.Weights.Length, 64);
        if (minimumScore <= 0) return count == 64 ? ulong.MaxValue : (1UL << count) - 1;
        var required = RequiredCoverage(minimumScore) * query.TotalWeight;
        Span<int> order = stackalloc int[count];
        for (var i = 0; i < count; i++) order[i] = i;
        var weights = query.Weights;
        // Heaviest first (insertion sort: a name has a handful of words).
        for (var i = 1; i < count; i++)
        {
            var item = order[i];
            var j = i - 1;
            while (j >= 0 && weights[order[j]] < weights[item]) { order[j + 1] = order[j]; j--; }
            order[j + 1] = item;
        }
        ulong mask = 0;
        var rest = query.TotalWeight;
        foreach (var position in order)
        {
            if (mask != 0 && rest < required) break;
            mask |= 1UL << position;
            rest -= weights[position];
        }
        return mask;
    }

    /// <summary>The query coverage below which a name cannot reach <paramref name="minimumScore"/>, whatever its
    /// listed-side coverage and evidence (at most +0.04 for date of birth and nationality).</summary>
    static float RequiredCoverage(double minimumScore) => ScoreModel.RequiredQueryCoverage(minimumScore);

    static ulong Mask(int start, int length) => start >= 64 ? 0 : (length >= 64 ? ulong.MaxValue : (1UL << length) - 1) << start;

    /// <summary>Per-thread state per name id, reset by bumping stamps instead of clearing.</summary>
    /// <remarks>One array of structs rather than four arrays: a name met in the postings is one cache line, not four
    /// (retrieval reads a few hundred names scattered over tens of thousands per query).</remarks>
    sealed class Scratch
    {
        NameState[] _names = [];
        int _stamp, _unit;

        public List<int> Touched { get; } = [];

        public void Reset(int names)
        {
            if (_names.Length < names)
            {
                _names = new NameState[names];
                _stamp = _unit = 0;
            }
            _stamp++;
            Touched.Clear();
        }

        public void NextUnit() => _unit++;

        /// <summary>A name met by the current unit with <paramref name="value"/>: its sum keeps the unit's best value
        /// only, adjusted in place when a better match of the same unit comes (no second pass over the unit's names,
        /// which would read each name's state again).</summary>
        public void Offer(int name, float value)
        {
            ref var state = ref _names[name];
            if (state.Stamp != _stamp)
            {
                state.Stamp = _stamp;
                state.Sum = 0;
                Touched.Add(name);
            }
            if (state.Unit != _unit)
            {
                state.Unit = _unit;
                state.UnitBest = value;
                state.Sum += value;
            }
            else if (value > state.UnitBest)
            {
                state.Sum += value - state.UnitBest;
                state.UnitBest = value;
            }
        }

        public float Sum(int name) => _names[name].Sum;

        struct NameState
        {
            public int Stamp;
            public int Unit;
            public float Sum;
            public float UnitBest;
        }
    }
}
