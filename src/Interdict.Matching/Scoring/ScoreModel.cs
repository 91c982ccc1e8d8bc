namespace Interdict.Matching.Scoring;

/// <summary>The one score model: how a name score blends the two coverages, what the evidence can add, and the
/// bounds that retrieval and pruning derive from them. Every bound in the matcher (forward candidates, the monitoring
/// estimates, delta rescreening) is computed here, so pruning stays safe when the scorer changes
/// (ScoreModelTests checks that no bound is ever below the score).</summary>
/// <remarks>
/// <c>name score = 0.6 × query coverage + 0.4 × listed coverage</c>, where listed coverage is
/// <c>matched listed weight / (listed weight − (1 − 0.35) × excused weight)</c>: a listed word the query lacks is
/// excused (counts at 0.35 of its weight) when it is a middle name or patronymic of a person whose other words all met
/// the query, or the name an initial of the query stands for. The evidence (date of birth, nationality) adds at most
/// 0.04. So a name reaching <c>T</c> covers at least <c>(T − 0.44) / 0.6</c> of the query, and at least
/// <see cref="RequiredListedCoverage"/> of the listed weight counted without excuses.
/// </remarks>
static class ScoreModel
{
    public const float QueryShare = 0.6f;
    public const float ListedShare = 1 - QueryShare;

    /// <summary>The most the evidence can add to a name score: a same full date of birth (0.03) and a same
    /// nationality (0.01); see Corroboration.</summary>
    public const double MaxEvidence = 0.04;

    /// <summary>The share of its weight an excused listed word still counts in the listed coverage's denominator.</summary>
    public const float ExcusedShare = 0.35f;

    /// <summary>Float rounding margin of every bound.</summary>
    const double Margin = 1e-3;

    /// <summary>The blend of the two coverages.</summary>
    public static double Blend(double queryCoverage, double listedCoverage) => QueryShare * queryCoverage + ListedShare * listedCoverage;

    /// <summary>The lowest name score (before evidence) that can still reach <paramref name="threshold"/>.</summary>
    public static double MinimumNameScore(double threshold) => Math.Max(0, threshold - MaxEvidence - Margin);

    /// <summary>The query coverage below which a name cannot reach <paramref name="minimumScore"/>, whatever its
    /// listed coverage and evidence.</summary>
    public static float RequiredQueryCoverage(double minimumScore) => (float)Math.Max(0, (minimumScore - MaxEvidence - ListedShare) / QueryShare - Margin);

    /// <summary>The share of the listed weight (counted without excuses) a name must cover to reach
    /// <paramref name="threshold"/>: the listed coverage it needs, <c>r = (T − 0.64) / 0.4</c>, read back through
    /// <see cref="ListedCoverageBound"/>.</summary>
    public static float RequiredListedCoverage(double threshold)
    {
        var r = Math.Max(0, (threshold - MaxEvidence - QueryShare) / ListedShare - Margin);
        if (r >= 1) return 1;
        return (float)(r * ExcusedShare / (1 - r + r * ExcusedShare));
    }

    /// <summary>An upper bound of the listed coverage of a name that covers at most <paramref name="covered"/> of
    /// <paramref name="total"/> listed weight: every word left uncovered excused.</summary>
    public static float ListedCoverageBound(float covered, float total)
    {
        if (total <= 0) return 0;
        covered = Math.Min(covered, total);
        var denominator = covered + ExcusedShare * (total - covered);
        return denominator > 0 ? Math.Min(1, covered / denominator) : 0;
    }
}
