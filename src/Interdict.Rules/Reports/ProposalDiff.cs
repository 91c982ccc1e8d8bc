using Interdict.Rules.Model;

namespace Interdict.Rules.Reports;

/// <summary>What a proposal would lift or exempt, measured against the law in force on a date.</summary>
public static class ProposalDiff
{
    /// <summary>One entry per lifted or exempted measure, in rulebook order.</summary>
    public static IReadOnlyList<ProposalDiffEntry> Entries(Rulebook rulebook, Proposal proposal, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        ArgumentNullException.ThrowIfNull(proposal);
        var (lifts, exemptions) = rulebook.EffectsOf(proposal);
        var entries = new List<ProposalDiffEntry>();
        foreach (var lift in lifts)
        {
            var measure = rulebook.FindMeasure(lift.MeasureId)!;
            entries.Add(new(measure.Id, string.Join(", ", measure.Citations), "lift", lift.What, measure.Validity.Contains(asOf), lift.Confidence.ToString()));
        }
        foreach (var exemption in exemptions)
        {
            foreach (var id in exemption.MeasureIds)
            {
                var measure = rulebook.FindMeasure(id)!;
                var what = $"{exemption.What}{(exemption.When is null ? "" : $" when {exemption.When.Describe()}")}{(exemption.Evaluable ? "" : " (not evaluable: " + exemption.Note + ")")}";
                entries.Add(new(measure.Id, string.Join(", ", measure.Citations), "exempt", what, measure.Validity.Contains(asOf), exemption.Confidence.ToString()));
            }
        }
        return entries;
    }
}
