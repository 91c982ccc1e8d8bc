using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Interdict.Rules.Model;

/// <summary>An exemption, carve-out or wind-down window of a measure, or a general exemption.</summary>
public sealed class Exemption
{
    /// <summary>Creates an exemption.</summary>
    public Exemption(string id, string summary, string mechanism, ExemptionKind kind, bool applied, bool savingClause,
        Validity? validity, ImmutableArray<DatedCitation> citations, FrozenSet<string> ruleIds, GoodsScope? goods,
        FrozenSet<string> actions, Condition? when, bool goodsMeasuresOnly, string? doubt, string? note, Confidence confidence)
    {
        Id = id;
        Summary = summary;
        Mechanism = mechanism;
        Kind = kind;
        Applied = applied;
        SavingClause = savingClause;
        Validity = validity;
        Citations = citations;
        RuleIds = ruleIds;
        Goods = goods;
        Actions = actions;
        When = when;
        GoodsMeasuresOnly = goodsMeasuresOnly;
        Doubt = doubt;
        Note = note;
        Confidence = confidence;
    }

    /// <summary>Rulebook id (<c>EX-2371-8-RAJIN</c>).</summary>
    public string Id { get; }
    /// <summary>What it allows.</summary>
    public string Summary { get; }
    /// <summary>The digest's mechanism (<c>state_determination</c>, <c>committee_approval</c>, <c>wind_down</c>…).</summary>
    public string Mechanism { get; }
    /// <summary>How it takes effect.</summary>
    public ExemptionKind Kind { get; }
    /// <summary>False when the research is too unsure to apply it (recorded, explained, not used).</summary>
    public bool Applied { get; }
    /// <summary>A clause saying a whole resolution does not affect an activity: cited whenever its conditions hold.</summary>
    public bool SavingClause { get; }
    /// <summary>Its own validity, if narrower than the measure's.</summary>
    public Validity? Validity { get; }
    /// <summary>Paragraphs cited when it applies, each from a date (general exemptions moved between resolutions).</summary>
    public ImmutableArray<DatedCitation> Citations { get; }
    /// <summary>Rule ids of the measure it applies to, or empty for all.</summary>
    public FrozenSet<string> RuleIds { get; }
    /// <summary>Goods it is limited to, if any.</summary>
    public GoodsScope? Goods { get; }
    /// <summary>Actions it is limited to, or empty for any.</summary>
    public FrozenSet<string> Actions { get; }
    /// <summary>Its conditions, in the facts vocabulary.</summary>
    public Condition? When { get; }
    /// <summary>For a general exemption: applies only to rules on goods.</summary>
    public bool GoodsMeasuresOnly { get; }
    /// <summary>What the research is unsure of.</summary>
    public string? Doubt { get; }
    /// <summary>Further notes.</summary>
    public string? Note { get; }
    /// <summary>How sure the research is.</summary>
    public Confidence Confidence { get; }

    /// <summary>True when it is in force on <paramref name="day"/>.</summary>
    public bool InForce(DateOnly day) => Validity is not { } v || v.Contains(day);

    /// <summary>The paragraph cited on <paramref name="day"/>: the latest citation in force, or null.</summary>
    public Citation? CitationOn(DateOnly day)
    {
        Citation? result = null;
        foreach (var dated in Citations)
        {
            if (dated.From is not { } from || from <= day) result = dated.Citation;
        }
        return result;
    }
}
