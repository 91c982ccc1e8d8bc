using System.Collections.Immutable;

namespace Interdict.Rules.Model;

/// <summary>A measure of the regime: a prohibition, cap, freeze or obligation from one resolution, with its exemptions.</summary>
public sealed class Measure
{
    /// <summary>Creates a measure and attaches its rules to it.</summary>
    public Measure(string id, Resolution resolution, ImmutableArray<Citation> citations, string paragraphText, string kind,
        string direction, string binding, string summary, Validity validity, string? validityNote, MeasureRelations relations,
        GoodsScope? goods, ImmutableArray<MeasureRule> rules, ImmutableArray<Cap> caps, ImmutableArray<CapCondition> capConditions,
        string? outsideCapPeriods, string? outsideCapPeriodsNote, ImmutableArray<Exemption> exemptions,
        ImmutableArray<string> generalExemptionRefs, string? windDown, Confidence confidence, ImmutableArray<string> notes)
    {
        Id = id;
        Resolution = resolution;
        Citations = citations;
        ParagraphText = paragraphText;
        Kind = kind;
        Direction = direction;
        Binding = binding;
        Summary = summary;
        Validity = validity;
        ValidityNote = validityNote;
        Relations = relations;
        Goods = goods;
        Rules = rules;
        Caps = caps;
        CapConditions = capConditions;
        OutsideCapPeriods = outsideCapPeriods;
        OutsideCapPeriodsNote = outsideCapPeriodsNote;
        Exemptions = exemptions;
        GeneralExemptionRefs = generalExemptionRefs;
        WindDown = windDown;
        Confidence = confidence;
        Notes = notes;
        foreach (var rule in rules) rule.Measure = this;
    }

    /// <summary>Rulebook id (<c>M-2321-26</c>).</summary>
    public string Id { get; }
    /// <summary>The resolution that adopted it.</summary>
    public Resolution Resolution { get; }
    /// <summary>The operative paragraphs cited; a null paragraph means not verified.</summary>
    public ImmutableArray<Citation> Citations { get; }
    /// <summary>The paragraph as the research states it, with its doubts.</summary>
    public string ParagraphText { get; }
    /// <summary>Kind (<c>export_ban_from_dprk</c>, <c>quantity_cap</c>…).</summary>
    public string Kind { get; }
    /// <summary>Direction as the research states it.</summary>
    public string Direction { get; }
    /// <summary><c>true</c>, <c>false</c> (calls upon) or <c>mixed</c>.</summary>
    public string Binding { get; }
    /// <summary>What it covers, in words.</summary>
    public string Summary { get; }
    /// <summary>When it applies, half-open.</summary>
    public Validity Validity { get; }
    /// <summary>Why the end date is what it is, when it needs saying.</summary>
    public string? ValidityNote { get; }
    /// <summary>Relations to other measures.</summary>
    public MeasureRelations Relations { get; }
    /// <summary>The goods it covers, if it is about goods.</summary>
    public GoodsScope? Goods { get; }
    /// <summary>Its operative rules (empty for designations and commitments that are recorded only).</summary>
    public ImmutableArray<MeasureRule> Rules { get; }
    /// <summary>Caps it sets or carries.</summary>
    public ImmutableArray<Cap> Caps { get; }
    /// <summary>Conditions of its caps.</summary>
    public ImmutableArray<CapCondition> CapConditions { get; }
    /// <summary>Decision for a supply when no cap period covers the date (an open question), or null.</summary>
    public string? OutsideCapPeriods { get; }
    /// <summary>Why, with its confidence.</summary>
    public string? OutsideCapPeriodsNote { get; }
    /// <summary>Its exemptions, carve-outs and wind-down windows.</summary>
    public ImmutableArray<Exemption> Exemptions { get; }
    /// <summary>General exemptions the research lists for it.</summary>
    public ImmutableArray<string> GeneralExemptionRefs { get; }
    /// <summary>The wind-down as the research states it, if any.</summary>
    public string? WindDown { get; }
    /// <summary>How sure the research is.</summary>
    public Confidence Confidence { get; }
    /// <summary>Notes carried from the research.</summary>
    public ImmutableArray<string> Notes { get; }
}
