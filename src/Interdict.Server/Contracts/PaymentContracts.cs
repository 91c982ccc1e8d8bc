// The answer of POST /v1/payments/screen, written by Interdict.Hosting.Payments.PaymentJson (shared with the CLI's JSONL).
namespace Interdict.Server.Contracts;

/// <summary>One answer per message of the body, in order.</summary>
/// <param name="Messages">The messages' answers.</param>
sealed record PaymentScreenResult(PaymentAnswer[] Messages);

/// <summary>One payment message screened and decided, or refused.</summary>
/// <param name="Source">Where the message was: <c>body</c>, with its position when the body holds several.</param>
/// <param name="Outcome">pass, review, hold, or error for a message that could not be read.</param>
/// <param name="Type">The message type (<c>pacs.008.001.08</c>, <c>MT103</c>), with its variant (<c>COV</c>, <c>STP</c>).</param>
/// <param name="Id">The message's own id (ISO <c>MsgId</c>, MT <c>:20:</c>); null when it has none.</param>
/// <param name="Hits">Every field that hit.</param>
/// <param name="Basis">The paragraphs the outcome rests on, from the rulebook as of the value date.</param>
/// <param name="Explanation">Why, in the rule evaluator's words.</param>
/// <param name="Error">Why the message could not be read, with its place (for outcome error).</param>
/// <param name="Line">The line of the error.</param>
/// <param name="Column">The column of the error.</param>
/// <param name="Path">The element path or field tag of the error.</param>
/// <param name="Alert">The payment alert a review or hold opened (or found: the same message screened again), on the server.</param>
sealed record PaymentAnswer(
    string Source, string Outcome, string? Type = null, string? Id = null, PaymentHitAnswer[]? Hits = null, PaymentBasis[]? Basis = null,
    string? Explanation = null, string? Error = null, int? Line = null, int? Column = null, string? Path = null, long? Alert = null);

/// <summary>A field of the message that hit.</summary>
/// <param name="Field">The element path (ISO 20022) or field tag and line (MT).</param>
/// <param name="Value">The field's value.</param>
/// <param name="List">The list (<c>un</c>, <c>ofac</c>), or <c>DPRK-link</c>.</param>
/// <param name="Ref">The list's reference (<c>KPe.025</c>), or <c>KP</c> for a DPRK link.</param>
/// <param name="Score">0..1.</param>
/// <param name="Outcome">What this hit alone calls for: review or hold.</param>
/// <param name="Reason">Why, in one line.</param>
/// <param name="Line">The line of the field in the message.</param>
sealed record PaymentHitAnswer(string Field, string Value, string List, string Ref, double Score, string Outcome, string Reason, int? Line = null);

/// <summary>A resolution's operative paragraph.</summary>
/// <param name="Resolution">The resolution's number (<c>"1718"</c>).</param>
/// <param name="Paragraph">The paragraph (<c>"8(d)"</c>).</param>
sealed record PaymentBasis(string Resolution, string Paragraph);
