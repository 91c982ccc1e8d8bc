using Interdict.Matching.Index;
using Interdict.Matching.Normalization;
using Interdict.Matching.Scoring;

namespace Interdict.Matching.Monitoring;

/// <summary>Party names that may match one listed name, found through the party index with the listed name's
/// words weighed as the forward score weighs them (by rarity on the list, not among the parties).</summary>
/// <remarks>
/// <para>The forward score is <c>0.6 × party coverage + 0.4 × listed coverage</c> plus at most 0.04 of evidence, so a
/// hit at threshold <c>T</c> covers at least <c>(T − 0.64) / 0.4</c> of the listed name's weight (0.40 at 0.80).
/// With the listed words weighed by their rarity on the list, that requirement is exact, not estimated: word
/// similarities are symmetric and the look-ups (exact, Korean variants, deletion neighbourhoods, joined runs) find
/// the same pairs in either direction.</para>
/// <para>Prefix filtering as in forward retrieval: the heaviest listed words whose complement weighs less than the
/// requirement must contain a word the party name matches, so only their postings are read; each name touched
/// gets an exact upper bound of the listed weight it can cover.</para>
/// </remarks>
sealed class ReverseCandidates
{
    [ThreadStatic] static ReverseCandidates? t_instance;

    int[] _stamp = [];
    float[] _sum = [];
    int[] _unitStamp = [];
    float[] _unitBest = [];
    int _current, _unit;
    readonly List<int> _touched = [];
    readonly List<int> _unitNames = [];

    /// <summary>The share of the listed name's weight that a party name must be able to cover.</summary>
    public static float RequiredListedCoverage(double threshold) => (float)Math.Max(0, (threshold - 0.04 - 0.6) / 0.4 - 1e-3);

    /// <summary>The forward weight of each word of a listed name, as the list's index gives it.</summary>
    public static float[] ForwardWeights(NormalizedName name, NameIndex list)
    {
        var weights = new float[name.Count];
        for (var i = 0; i < name.Count; i++)
        {
            var rarity = list.TokenIds.TryGetValue(name.Tokens[i], out var token) ? list.TokenWeight[token] : Weighting.UnknownRarity;
            weights[i] = Weighting.Weight(name.Kinds[i], rarity, name.Tokens[i].Length);
        }
        return weights;
    }

    /// <summary>The weight of each unit (word or joined run) of <paramref name="listed"/>, from the words' weights.</summary>
    public static float[] UnitWeights(ReverseQuery listed, float[] weights)
    {
        var units = new float[listed.Units.Length];
        for (var u = 0; u < units.Length; u++)
        {
            for (var i = listed.Units[u].Start; i < listed.Units[u].Start + listed.Units[u].Length; i++) units[u] += weights[i];
        }
        return units;
    }

    /// <summary>Names of <paramref name="parties"/> that can cover <paramref name="required"/> of the listed name's weight.</summary>
    public static List<int> Collect(ReverseQuery listed, float[] weights, float[] unitWeights, NameIndex parties, float required)
    {
        var self = t_instance ??= new ReverseCandidates();
        return self.Run(listed, weights, unitWeights, parties, required);
    }

    List<int> Run(ReverseQuery listed, float[] weights, float[] unitWeights, NameIndex parties, float required)
    {
        var total = 0f;
        foreach (var weight in weights) total += weight;
        var need = required * total;
        var generating = Generating(weights, need, total);
        Reset(parties.NameCount);
        var other = 0f;
        for (var i = 0; i < weights.Length; i++)
        {
            if (i >= 64 || (generating & (1UL << i)) == 0) other += weights[i];
        }
        for (var u = 0; u < listed.Units.Length; u++)
        {
            var unit = listed.Units[u];
            if ((generating & Mask(unit.Start, unit.Length)) == 0) continue;
            _unit++;
            _unitNames.Clear();
            foreach (var match in unit.Matches)
            {
                var value = match.Similarity * unitWeights[u];
                foreach (var name in parties.Postings[match.Token]) Offer(name, value);
            }
            foreach (var name in _unitNames) _sum[name] += _unitBest[name];
        }
        var names = new List<int>();
        foreach (var name in _touched)
        {
            if (need > 0)
            {
                if (_sum[name] + other < need) continue;
                if (_sum[name] < need && Bound(listed, unitWeights, parties, name) < need) continue;
            }
            names.Add(name);
        }
        return names;
    }

    /// <summary>An upper bound of the listed weight a party name covers: each of its words and joined runs counted at
    /// its best similarity times the weight of the listed unit it matches.</summary>
    static float Bound(ReverseQuery listed, float[] unitWeights, NameIndex parties, int name)
    {
        var bound = 0f;
        var tokens = parties.NameTokens;
        for (int i = parties.NameTokenStart[name], end = parties.NameTokenStart[name + 1]; i < end; i++) bound += BestCover(listed, unitWeights, tokens[i]);
        return bound;
    }

    public static float BestCover(ReverseQuery listed, float[] unitWeights, int token)
    {
        var best = 0f;
        foreach (var match in listed.MatchesOf(token)) best = Math.Max(best, match.Similarity * unitWeights[match.Unit]);
        return best;
    }

    /// <summary>The heaviest positions whose complement weighs less than <paramref name="need"/>, as a bit mask.</summary>
    static ulong Generating(float[] weights, float need, float total)
    {
        var count = Math.Min(weights.Length, 64);
        if (need <= 0) return count == 64 ? ulong.MaxValue : (1UL << count) - 1;
        var order = Enumerable.Range(0, count).OrderByDescending(i => weights[i]).ToArray();
        ulong mask = 0;
        var rest = total;
        foreach (var position in order)
        {
            if (mask != 0 && rest < need) break;
            mask |= 1UL << position;
            rest -= weights[position];
        }
        return mask;
    }

    static ulong Mask(int start, int length) => start >= 64 ? 0 : (length >= 64 ? ulong.MaxValue : (1UL << length) - 1) << start;

    void Reset(int names)
    {
        if (_stamp.Length < names)
        {
            _stamp = new int[names];
            _sum = new float[names];
            _unitStamp = new int[names];
            _unitBest = new float[names];
            _current = _unit = 0;
        }
        _current++;
        _touched.Clear();
    }

    void Offer(int name, float value)
    {
        if (_stamp[name] != _current)
        {
            _stamp[name] = _current;
            _sum[name] = 0;
            _touched.Add(name);
        }
        if (_unitStamp[name] != _unit)
        {
            _unitStamp[name] = _unit;
            _unitBest[name] = value;
            _unitNames.Add(name);
        }
        else if (value > _unitBest[name])
        {
            _unitBest[name] = value;
        }
    }
}
