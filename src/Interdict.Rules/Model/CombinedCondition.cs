using System.Collections.Immutable;
using Interdict.Rules.Evaluation;

namespace Interdict.Rules.Model;

/// <summary>All (or any) of several conditions.</summary>
/// <param name="RequireAll">True for all-of, false for any-of.</param>
/// <param name="Parts">The conditions combined.</param>
public sealed class CombinedCondition(bool RequireAll, ImmutableArray<Condition> Parts) : Condition
{
    /// <summary>True for all-of, false for any-of.</summary>
    public bool RequireAll { get; } = RequireAll;

    /// <summary>The conditions combined.</summary>
    public ImmutableArray<Condition> Parts { get; } = Parts;

    internal override Truth Evaluate(CheckContext context, List<string>? missing)
    {
        var unknown = false;
        var localMissing = missing is null ? null : new List<string>();
        foreach (var part in Parts)
        {
            var truth = part.Evaluate(context, localMissing);
            if (RequireAll && truth == Truth.No) return Truth.No;
            if (!RequireAll && truth == Truth.Yes) return Truth.Yes;
            unknown |= truth == Truth.Unknown;
        }
        if (unknown && localMissing is not null) missing!.AddRange(localMissing);
        return unknown ? Truth.Unknown : RequireAll ? Truth.Yes : Truth.No;
    }

    /// <inheritdoc/>
    protected override string Render() => RequireAll
        ? string.Join(" and ", Parts.Select(p => p.Describe()))
        : $"({string.Join(" or ", Parts.Select(p => p.Describe()))})";
}
