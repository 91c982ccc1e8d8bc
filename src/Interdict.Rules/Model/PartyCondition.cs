using Interdict.Rules.Evaluation;

namespace Interdict.Rules.Model;

/// <summary>A condition on one party: some party (or the vessel, its flag as its country) passes every set filter at
/// once, e.g. a DPRK national who is the worker, a diplomatic mission that is the buyer.</summary>
/// <remarks>Unlike <c>party.country</c> and <c>party.role</c> tested apart (any party of that country, any party in that
/// role), the filters hold for the same party. The parties of a check are all known (CHECK-FORMAT §1.3: an empty list
/// means none is known), so the condition is never <see cref="Truth.Unknown"/>.</remarks>
/// <param name="filter">The filters the party must pass.</param>
public sealed class PartyCondition(PartyFilter filter) : Condition
{
    /// <summary>The filters the party must pass.</summary>
    public PartyFilter Filter { get; } = filter;

    internal override Truth Evaluate(CheckContext context, List<string>? missing) => Filter.Matches(context) ? Truth.Yes : Truth.No;

    /// <inheritdoc/>
    protected override string Render() => Filter.ToString();
}
