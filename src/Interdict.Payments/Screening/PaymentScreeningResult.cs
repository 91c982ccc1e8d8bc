using System.Collections.Immutable;

namespace Interdict.Payments.Screening;

/// <summary>The outcome of screening one payment, with every hit by field and the legal basis.</summary>
/// <param name="Outcome">The strongest outcome of any hit; <see cref="PaymentOutcome.Pass"/> without hits.</param>
/// <param name="Hits">Every hit, in message order.</param>
/// <param name="Basis">The paragraphs the outcome rests on, without repeats, as the rulebook gives them.</param>
/// <param name="Explanation">Why, in the rule evaluator's words.</param>
public sealed record PaymentScreeningResult(PaymentOutcome Outcome, ImmutableArray<PaymentHit> Hits, ImmutableArray<LegalBasis> Basis, string Explanation);
