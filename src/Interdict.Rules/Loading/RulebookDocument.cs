namespace Interdict.Rules.Loading;

// The YAML shape of a rulebook (docs/rules.md), bound by YamlDotNet with underscored names. Unknown keys are
// errors, so a typo in the data is refused rather than silently ignored. These types never leave the loader.
#pragma warning disable CA1812 // instantiated by YamlDotNet through reflection

sealed class RulebookDocument
{
    public int SchemaVersion { get; set; }
    public string? Regime { get; set; }
    public string? Title { get; set; }
    public Dictionary<string, string>? Digest { get; set; }
    public Dictionary<string, List<string>>? CategoryImplies { get; set; }
    public List<DesignatingListDocument>? DesignatingLists { get; set; }
    public List<SourceDocument>? Sources { get; set; }
    public List<ResolutionDocument>? Resolutions { get; set; }
    public List<CapDocument>? Caps { get; set; }
    public Dictionary<string, NamedConditionDocument>? Conditions { get; set; }
    public List<MeasureDocument>? Measures { get; set; }
    public List<ExemptionDocument>? GeneralExemptions { get; set; }
    public List<ProposalDocument>? Proposals { get; set; }
    public List<OpenQuestionDocument>? OpenQuestions { get; set; }
}

sealed class DesignatingListDocument
{
    public string? List { get; set; }
    public List<string>? Regimes { get; set; }
}

sealed class SourceDocument
{
    public string? Id { get; set; }
    public string? What { get; set; }
    public string? Address { get; set; }
}

sealed class ConfidenceDocument
{
    public string? Level { get; set; }
    public string? Basis { get; set; }
    public List<string>? Sources { get; set; }
    public string? Note { get; set; }
}

sealed class ResolutionDocument
{
    public string? Id { get; set; }
    public string? Number { get; set; }
    public string? Symbol { get; set; }
    public string? Adopted { get; set; }
    public string? Trigger { get; set; }
    public ConfidenceDocument? Confidence { get; set; }
}

sealed class ValidityDocument
{
    public string? From { get; set; }
    public string? Until { get; set; }
    public string? UntilNote { get; set; }
}

sealed class PeriodDocument
{
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Recurring { get; set; }
}

sealed class CeilingDocument
{
    public double? ValueUsd { get; set; }
    public double? Quantity { get; set; }
    public string? Unit { get; set; }
    public double? AltQuantity { get; set; }
    public string? AltUnit { get; set; }
    public string? Rule { get; set; }
    public int? PerStateBaselineMonths { get; set; }
}

sealed class CapDocument
{
    public string? Id { get; set; }
    public string? Measure { get; set; }
    public string? Commodity { get; set; }
    public GoodsDocument? Goods { get; set; }
    public PeriodDocument? Period { get; set; }
    public CeilingDocument? Ceiling { get; set; }
    public string? Aggregate { get; set; }
    public List<int>? Notices { get; set; }
    public int? StopAtNotice { get; set; }
    public bool? Operative { get; set; }
    public string? SupersededBy { get; set; }
    public string? Note { get; set; }
    public ConfidenceDocument? Confidence { get; set; }
}

sealed class HsDocument
{
    public string? Code { get; set; }
    public string? Range { get; set; }
    public string? Basis { get; set; }
    public string? Edition { get; set; }
    public double? MinUnitValueUsd { get; set; }
    public string? Note { get; set; }
}

sealed class GoodsDocument
{
    public List<HsDocument>? Hs { get; set; }
    public List<string>? Categories { get; set; }
    public List<string>? ExcludeCategories { get; set; }
    public List<string>? Conditions { get; set; }
    public string? Note { get; set; }
}

sealed class RelationsDocument
{
    public List<string>? Supersedes { get; set; }
    public List<string>? SupersededBy { get; set; }
    public List<string>? PartlySupersedes { get; set; }
    public List<string>? PartlySupersededBy { get; set; }
    public List<string>? TightenedBy { get; set; }
    public List<string>? ClarifiedBy { get; set; }
    public List<string>? LiftedByProposal { get; set; }
}

sealed class CitationDocument
{
    public string? Resolution { get; set; }
    public string? Paragraph { get; set; }
    public string? From { get; set; }
    public ConfidenceDocument? Confidence { get; set; }
}

sealed class ConditionDocument
{
    public string? Fact { get; set; }
    public string? Is { get; set; }
    public string? IsNot { get; set; }
    public List<string>? In { get; set; }
    public List<string>? NotIn { get; set; }
    public double? AtLeast { get; set; }
    public string? Before { get; set; }
    public string? NotAfter { get; set; }
    public string? NotBefore { get; set; }
    public double? WithinDays { get; set; }
    public bool? BeforeListing { get; set; }
    public bool? Established { get; set; }
    public bool AbsentOk { get; set; }
    public List<ConditionDocument>? Any { get; set; }
    public List<ConditionDocument>? All { get; set; }
    public PartiesDocument? Party { get; set; }
    public string? Ref { get; set; }
}

sealed class NamedConditionDocument
{
    public string? Summary { get; set; }
    public List<ConditionDocument>? When { get; set; }
    public string? Note { get; set; }
}

sealed class PartiesDocument
{
    public bool Designated { get; set; }
    public List<string>? Types { get; set; }
    public List<string>? Countries { get; set; }
    public List<string>? Roles { get; set; }
}

sealed class RuleDocument
{
    public string? Id { get; set; }
    public CitationDocument? Citation { get; set; }
    public string? Effect { get; set; }
    public string? Flag { get; set; }
    public ValidityDocument? Valid { get; set; }
    public List<string>? Activities { get; set; }
    public List<string>? Actions { get; set; }
    public List<string>? Directions { get; set; }
    public bool OnGoods { get; set; }
    public PartiesDocument? Parties { get; set; }
    public List<ConditionDocument>? When { get; set; }
    public string? Note { get; set; }
}

sealed class CapConditionDocument
{
    public string? Text { get; set; }
    public ConditionDocument? When { get; set; }
    public bool Duty { get; set; }
    public bool NoticeStop { get; set; }
    public bool NoDesignatedParty { get; set; }
    public ConfidenceDocument? Confidence { get; set; }
}

sealed class OutsideCapPeriodsDocument
{
    public string? Decision { get; set; }
    public ConfidenceDocument? Confidence { get; set; }
    public string? Note { get; set; }
}

sealed class ExemptionDocument
{
    public string? Id { get; set; }
    public CitationDocument? Citation { get; set; }
    public List<CitationDocument>? Citations { get; set; }
    public string? Summary { get; set; }
    public string? Mechanism { get; set; }
    public bool OutsideScope { get; set; }
    public bool SavingClause { get; set; }
    public bool? Apply { get; set; }
    public ValidityDocument? Valid { get; set; }
    public List<string>? Rules { get; set; }
    public GoodsDocument? Goods { get; set; }
    public List<string>? Actions { get; set; }
    public List<ConditionDocument>? When { get; set; }
    public Dictionary<string, string>? Window { get; set; }
    public string? Doubt { get; set; }
    public string? Note { get; set; }
    public string? Scope { get; set; }
    public string? AliasOf { get; set; }
    public string? Procedure { get; set; }
    public List<string>? ParagraphsText { get; set; }
    public ConfidenceDocument? Confidence { get; set; }
}

sealed class MeasureDocument
{
    public string? Id { get; set; }
    public string? Resolution { get; set; }
    public List<string>? Paragraphs { get; set; }
    public string? ParagraphText { get; set; }
    public string? Kind { get; set; }
    public string? Direction { get; set; }
    public string? Binding { get; set; }
    public string? Summary { get; set; }
    public ValidityDocument? Valid { get; set; }
    public RelationsDocument? Relations { get; set; }
    public GoodsDocument? Goods { get; set; }
    public List<RuleDocument>? Rules { get; set; }
    public List<string>? Caps { get; set; }
    public List<CapConditionDocument>? CapConditions { get; set; }
    public OutsideCapPeriodsDocument? OutsideCapPeriods { get; set; }
    public List<ExemptionDocument>? Exemptions { get; set; }
    public List<string>? GeneralExemptions { get; set; }
    public Dictionary<string, string>? WindDown { get; set; }
    public string? Deadline { get; set; }
    public Dictionary<string, string>? Reporting { get; set; }
    public ConfidenceDocument? Confidence { get; set; }
    public List<string>? Notes { get; set; }
}

sealed class LiftDocument
{
    public string? Measure { get; set; }
    public string? What { get; set; }
    public ConfidenceDocument? Confidence { get; set; }
}

sealed class ProposalExemptionDocument
{
    public string? Id { get; set; }
    public string? What { get; set; }
    public List<string>? Measures { get; set; }
    public List<ConditionDocument>? When { get; set; }
    public bool? Evaluable { get; set; }
    public string? Note { get; set; }
    public ConfidenceDocument? Confidence { get; set; }
}

sealed class ProposalDocument
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Status { get; set; }
    public string? Circulated { get; set; }
    public string? StatusDetail { get; set; }
    public List<string>? Includes { get; set; }
    public List<LiftDocument>? WouldLift { get; set; }
    public List<ProposalExemptionDocument>? WouldExempt { get; set; }
    public List<string>? NotLiftedPerReports { get; set; }
    public List<string>? Notes { get; set; }
    public ConfidenceDocument? Confidence { get; set; }
}

sealed class OpenQuestionDocument
{
    public string? Id { get; set; }
    public string? Question { get; set; }
    public List<string>? DecidedIn { get; set; }
}
