using Interdict.Core.Lists;
using Interdict.Core.Screening;

namespace Interdict.Matching.Screening;

/// <summary>Answers "are these two names the same party?" with the screening scorer itself: the first name is
/// screened against a list that holds only the second, so a pair scores exactly as screening would score it.</summary>
public static class PairComparer
{
    static readonly ListVersion PairVersion = new("pair", DateTimeOffset.UnixEpoch, "compare");

    /// <summary>The score (0..1) and explanation of <paramref name="first"/> against <paramref name="second"/>.</summary>
    public static PairComparison Compare(string first, string second, PartyKind kind = PartyKind.Unknown)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(first);
        ArgumentException.ThrowIfNullOrWhiteSpace(second);
        var entry = new ListEntry
        {
            Source = PairVersion.Source,
            Reference = "1",
            Kind = kind,
            Names = [new PartyName(second)],
        };
        var screener = new Screener([new ListSnapshot(PairVersion, [entry])]);
        var hits = screener.Screen(new PartyQuery(first, kind), new ScreeningOptions { Threshold = 0, MaxHits = 1 });
        return hits.Count == 0 ? new PairComparison(0, null) : new PairComparison(hits[0].Score, hits[0].Explanation);
    }
}

/// <summary>The outcome of comparing two names.</summary>
/// <param name="Score">0..1, as screening would score it.</param>
/// <param name="Explanation">Why, or null when no word of the names met.</param>
public sealed record PairComparison(double Score, Explanation? Explanation);
