using Interdict.Core.Lists;
using Interdict.Matching.Index;
using Interdict.Matching.Normalization;
using Interdict.Matching.Scoring;
using Interdict.Matching.Screening;
using Interdict.Matching.Text;

namespace Interdict.Matching.Monitoring;

/// <summary>Party names that may match one listed name, found through the party index with the listed name's
/// words weighed as the forward score weighs them (by rarity on the list, not among the parties).</summary>
/// <remarks>
/// <para>The forward score is <c>0.6 × party coverage + 0.4 × listed coverage</c> plus at most 0.04 of evidence, so a
/// hit at threshold <c>T</c> covers at least <c>(T − 0.64) / 0.4</c> of the listed name's weight (0.40 at 0.80).
/// With the listed words weighed by their rarity on the list, that requirement is exact, not estimated: word
/// similarities are symmetric and the look-ups (exact, Korean variants, deletion neighbourhoods, joined runs) find
/// the same pairs in either direction.</para>
/// <para>Prefix filtering as in forward retrieval: a set of listed words whose complement weighs less than the
/// requirement must contain a word the party name matches, so only their postings are read. Any such set is exact;
/// the one chosen reads the fewest postings (among parties, <c>Kim</c> may be far commoner than on the list). Each
/// name touched then gets an upper bound of the listed weight it covers and a <see cref="ForwardEstimate"/>, first
/// the quick one, then the exact one.</para>
/// </remarks>
sealed class ReverseCandidates
{
    [ThreadStatic] static ReverseCandidates? t_instance;

    /// <summary>Subsets of at most this many words are searched for the cheapest generating set; longer names take
    /// their heaviest words.</summary>
    const int ExhaustiveWords = 12;

    int[] _stamp = [];
    Contribution[] _seen = [];
    int[] _unitStamp = [];
    Contribution[] _unitBest = [];
    int _current, _unit;
    readonly List<int> _touched = [];
    readonly List<int> _unitNames = [];

    /// <summary>The share of the listed name's weight that a party name must be able to cover.</summary>
    public static float RequiredListedCoverage(double threshold) => ScoreModel.RequiredListedCoverage(threshold);

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

    /// <summary>Names of the parties, of a kind the forward screen compares with <paramref name="kind"/>, whose forward
    /// name score against the listed name can reach <paramref name="minimum"/>.</summary>
    public static List<int> Collect(ReverseQuery listed, float[] weights, PartyKind kind, ForwardEstimate estimate, NameIndex parties, float required, float minimum)
    {
        var self = t_instance ??= new ReverseCandidates();
        return self.Run(listed, weights, kind, estimate, parties, required, minimum);
    }

    List<int> Run(ReverseQuery listed, float[] weights, PartyKind kind, ForwardEstimate estimate, NameIndex parties, float required, float minimum)
    {
        var layout = estimate.Layout;
        var unitWeights = UnitWeights(listed, weights);
        var total = 0f;
        foreach (var weight in weights) total += weight;
        var need = required * total;
        var generating = Generating(listed, weights, need, total, parties);
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
                var offer = new Contribution(match.Similarity * unitWeights[u], match.Similarity * layout.HeaviestCover[match.Token], layout.LightestCover[match.Token]);
                foreach (var name in parties.Postings(match.Token)) Offer(name, offer);
            }
            foreach (var name in _unitNames) _seen[name].Add(_unitBest[name]);
        }
        var (otherParty, otherLightest) = LeftOut(listed, generating, parties, layout);
        var names = new List<int>();
        if (_touched.Count == 0) return names;
        var matches = ListedNameMatches.For(listed, unitWeights, parties.TokenCount);
        // A person listed under one word (an alias such as Hassan) is never looked for inside a longer query.
        var heldInside = kind != PartyKind.Person || weights.Length >= 2;
        foreach (var name in _touched)
        {
            var seen = _seen[name];
            if (need > 0 && seen.Listed + other < need) continue;
            // The forward screen drops a name hit between a person and an organisation; so can the look-up.
            if (!Screener.KindsMatch(parties.NameKinds[name], kind)) continue;
            if (heldInside && MayHoldWhole(layout.WordCount[name], seen.Listed + other, total)
                && MayHoldWhole(layout.WordCount[name], estimate.Of(matches, total, name, quick: true).ListedCoverage * total, total))
            {
                names.Add(name);
                continue;
            }
            if (!CanReach(seen, other, otherParty, otherLightest, total, layout.NameLightest[name], minimum)) continue;
            var quick = estimate.Of(matches, total, name, quick: true);
            if (need > 0 && seen.Listed < need && quick.ListedCoverage < required) continue;
            if (quick.Score < minimum || estimate.Of(matches, total, name, quick: false).Score < minimum) continue;
            names.Add(name);
        }
        return names;
    }

    /// <summary>Whether a party name of <paramref name="words"/> words may hold the listed name whole among other
    /// words, covering at most <paramref name="covered"/> of its <paramref name="total"/> weight: the forward screen
    /// then scores the run of its words that is the listed name on its own (<see cref="NameInQuery"/>), whatever the
    /// other words weigh, so the party coverage bounds nothing and only the listed coverage can rule it out.</summary>
    static bool MayHoldWhole(int words, float covered, float total) =>
        words >= NameInQuery.MinimumWords && ScoreModel.ListedCoverageBound(covered, total) >= NameInQuery.HeldWhole - 1e-3f;

    /// <summary>What the units left out of the scan can add to a touched name's party side. The forward alignment
    /// pairs each listed unit once, with one party word or run, and overlapping units never together. A pairing with a
    /// party word adds at most the word's heaviest weight (and takes at most its least weight out of the uncovered
    /// words): the best such sets of disjoint units are returned. Pairings with a party run, which may weigh several
    /// words, are read from the runs' postings instead, for the names already touched.</summary>
    (float Party, float Lightest) LeftOut(ReverseQuery listed, ulong generating, NameIndex parties, PartyNameLayout layout)
    {
        var units = listed.Units;
        Span<float> party = stackalloc float[units.Length];
        Span<float> lightest = stackalloc float[units.Length];
        party.Clear(); // stack memory is not zeroed (SkipLocalsInit)
        lightest.Clear();
        for (var u = 0; u < units.Length; u++)
        {
            if ((generating & Mask(units[u].Start, units[u].Length)) != 0) continue;
            _unit++;
            _unitNames.Clear();
            foreach (var match in units[u].Matches)
            {
                if (!parties.IsSpan(match.Token))
                {
                    party[u] = Math.Max(party[u], match.Similarity * layout.HeaviestCover[match.Token]);
                    lightest[u] = Math.Max(lightest[u], layout.LightestCover[match.Token]);
                    continue;
                }
                var offer = new Contribution(0, match.Similarity * layout.HeaviestCover[match.Token], layout.LightestCover[match.Token]);
                foreach (var name in parties.Postings(match.Token))
                {
                    if (_stamp[name] == _current) Offer(name, offer);
                }
            }
            foreach (var name in _unitNames) _seen[name].Add(_unitBest[name]);
        }
        return (BestDisjoint(units, party), BestDisjoint(units, lightest));
    }

    /// <summary>The largest sum of <paramref name="values"/> over units that share no word (weighted interval
    /// scheduling over the name's word positions).</summary>
    static float BestDisjoint(ReverseUnit[] units, ReadOnlySpan<float> values)
    {
        var end = 0;
        foreach (var unit in units) end = Math.Max(end, unit.Start + unit.Length);
        Span<float> best = stackalloc float[end + 1]; // best[i]: the most from units that end at or before position i
        best.Clear();
        for (var i = 1; i <= end; i++)
        {
            best[i] = best[i - 1];
            for (var u = 0; u < units.Length; u++)
            {
                if (units[u].Start + units[u].Length == i && values[u] > 0) best[i] = Math.Max(best[i], best[units[u].Start] + values[u]);
            }
        }
        return best[end];
    }

    /// <summary>Whether a party name that the scanned units reached with <paramref name="seen"/> can score
    /// <paramref name="minimum"/>, read from the scan alone: the listed coverage is at most what the scan saw plus
    /// every unit left out; the party coverage at most the weight the pairings can cover over that plus the least
    /// weight of the words no pairing can have covered.</summary>
    static bool CanReach(Contribution seen, float other, float otherParty, float otherLightest, float total, float nameLightest, float minimum)
    {
        var listed = ScoreModel.ListedCoverageBound(seen.Listed + other, total);
        var covered = seen.Party + otherParty;
        var uncovered = Math.Max(0, nameLightest - seen.Lightest - otherLightest);
        var party = covered + uncovered > 0 ? Math.Min(1, covered / (covered + uncovered)) : 0;
        return ScoreModel.Blend(party, listed) >= minimum;
    }

    /// <summary>Positions of listed words (a bit mask) whose complement weighs less than <paramref name="need"/>: a
    /// party name that covers the need matches a word or run on one of them. Of all such sets, the one whose units
    /// have the fewest postings among the parties.</summary>
    static ulong Generating(ReverseQuery listed, float[] weights, float need, float total, NameIndex parties)
    {
        var count = Math.Min(weights.Length, 64);
        if (need <= 0) return count == 64 ? ulong.MaxValue : (1UL << count) - 1;
        if (count > ExhaustiveWords) return Heaviest(weights, need, total);
        var volumes = new long[listed.Units.Length];
        for (var u = 0; u < volumes.Length; u++)
        {
            foreach (var match in listed.Units[u].Matches) volumes[u] += parties.PostingCount(match.Token);
        }
        var best = (1UL << count) - 1;
        var bestVolume = long.MaxValue;
        for (var mask = 1UL; mask < 1UL << count; mask++)
        {
            var rest = 0f;
            for (var i = 0; i < weights.Length; i++)
            {
                if (i >= 64 || (mask & (1UL << i)) == 0) rest += weights[i];
            }
            if (rest >= need) continue;
            var volume = 0L;
            for (var u = 0; u < volumes.Length; u++)
            {
                if ((mask & Mask(listed.Units[u].Start, listed.Units[u].Length)) != 0) volume += volumes[u];
            }
            if (volume < bestVolume) (best, bestVolume) = (mask, volume);
        }
        return best;
    }

    /// <summary>The heaviest positions whose complement weighs less than <paramref name="need"/>.</summary>
    static ulong Heaviest(float[] weights, float need, float total)
    {
        var order = Enumerable.Range(0, Math.Min(weights.Length, 64)).OrderByDescending(i => weights[i]).ToArray();
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
            _seen = new Contribution[names];
            _unitStamp = new int[names];
            _unitBest = new Contribution[names];
            _current = _unit = 0;
        }
        _current++;
        _touched.Clear();
    }

    void Offer(int name, Contribution offer)
    {
        if (_stamp[name] != _current)
        {
            _stamp[name] = _current;
            _seen[name] = default;
            _touched.Add(name);
        }
        if (_unitStamp[name] != _unit)
        {
            _unitStamp[name] = _unit;
            _unitBest[name] = offer;
            _unitNames.Add(name);
        }
        else
        {
            _unitBest[name] = _unitBest[name].Max(offer);
        }
    }

    /// <summary>What pairings with listed units can give a party name: listed weight covered, party weight covered
    /// (at its heaviest), and an upper bound of the least weight of the party words covered. Per unit the best of
    /// its matches counts (it pairs once), summed over units.</summary>
    record struct Contribution(float Listed, float Party, float Lightest)
    {
        public readonly Contribution Max(Contribution other) =>
            new(Math.Max(Listed, other.Listed), Math.Max(Party, other.Party), Math.Max(Lightest, other.Lightest));

        public void Add(Contribution other)
        {
            Listed += other.Listed;
            Party += other.Party;
            Lightest += other.Lightest;
        }
    }
}
