// The response shapes of the payment alert endpoints (written by PaymentAlertJson).
namespace Interdict.Server.Contracts;

/// <summary>A held or reviewed payment under four-eyes review: release or reject.</summary>
/// <param name="Id">The alert's id.</param>
/// <param name="State">open, proposed, released, rejected.</param>
/// <param name="MessageId">The message's own id; empty when it has none.</param>
/// <param name="Type">The message type with its variant.</param>
/// <param name="Source">Where the message came from (<c>body</c>, a file name), with its position when the input held several.</param>
/// <param name="ContentHash">SHA-256 of the message's fields: with the id, what makes the same message the same.</param>
/// <param name="Outcome">review or hold.</param>
/// <param name="AsOf">The date decided as of (the value date).</param>
/// <param name="Hits">Every field that hit.</param>
/// <param name="Basis">The paragraphs the outcome rests on.</param>
/// <param name="Explanation">Why, in the rule evaluator's words.</param>
/// <param name="ListVersions">The list versions screened against.</param>
/// <param name="CreatedAt">When it was raised.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="Version">Increases with every change (optimistic concurrency).</param>
/// <param name="RulebookVersion">The rulebook decided under.</param>
/// <param name="Proposal">The analyst's proposal, once made.</param>
/// <param name="Review">The supervisor's review, once made.</param>
/// <param name="Message">The message's fields with their paths (on <c>GET /v1/payments/alerts/{id}</c>).</param>
/// <param name="History">Every state change (on <c>GET /v1/payments/alerts/{id}</c>).</param>
sealed record PaymentAlert(
    long Id, string State, string MessageId, string Type, string Source, string ContentHash, string Outcome, string AsOf,
    PaymentHitAnswer[] Hits, PaymentBasis[] Basis, string Explanation, string[] ListVersions, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    int Version, string? RulebookVersion = null, PaymentAlertProposal? Proposal = null, AlertReview? Review = null, PaymentMessage? Message = null,
    AlertEvent[]? History = null);

/// <summary>The first pair of eyes on a payment: an analyst's proposed decision.</summary>
/// <param name="Analyst">Who proposed.</param>
/// <param name="Decision">release or reject.</param>
/// <param name="Reason">Why.</param>
/// <param name="At">When.</param>
sealed record PaymentAlertProposal(string Analyst, string Decision, string Reason, DateTimeOffset At);

/// <summary>What a payment message says, field by field with each field's path.</summary>
/// <param name="Format">iso20022 or swift_mt.</param>
/// <param name="Type">The message type with its variant.</param>
/// <param name="Parties">Customers and banks with their roles.</param>
/// <param name="Amounts">Amounts with currencies and value dates.</param>
/// <param name="Texts">Remittance information and other free text.</param>
/// <param name="Codes">Purpose, regulatory reporting, references.</param>
/// <param name="Id">The message's own id, when it has one.</param>
sealed record PaymentMessage(string Format, string Type, PaymentMessageParty[] Parties, PaymentMessageAmount[] Amounts, PaymentMessageValue[] Texts,
    PaymentMessageValue[] Codes, string? Id = null);

/// <summary>A party or bank of a payment message.</summary>
/// <param name="Role">debtor, creditor, creditor_agent, intermediary_agent…</param>
/// <param name="Agent">True for a bank's role.</param>
/// <param name="Institution">True when the message identifies it as a financial institution.</param>
/// <param name="Kind">person, organization or unknown.</param>
/// <param name="Path">Where its element or field starts.</param>
/// <param name="Address">Address lines and structured parts.</param>
/// <param name="Identifiers">Accounts, LEIs, national ids, dates of birth…</param>
/// <param name="Name">The name.</param>
/// <param name="Bic">The BIC.</param>
/// <param name="Town">The town, when structured.</param>
/// <param name="Country">The country, when structured.</param>
/// <param name="CountryOfResidence">The country of residence, when given.</param>
sealed record PaymentMessageParty(string Role, bool Agent, bool Institution, string Kind, string Path, PaymentMessageLocated[] Address,
    PaymentMessageIdentifier[] Identifiers, PaymentMessageLocated? Name = null, PaymentMessageLocated? Bic = null, PaymentMessageLocated? Town = null,
    PaymentMessageLocated? Country = null, PaymentMessageLocated? CountryOfResidence = null);

/// <summary>A value of a message and its path.</summary>
/// <param name="Value">The value.</param>
/// <param name="Path">The element path or MT field tag and line.</param>
sealed record PaymentMessageLocated(string Value, string Path);

/// <summary>An identifier of a party.</summary>
/// <param name="Kind">bic, lei, iban, account, clearing_member, other, date_of_birth, place_of_birth.</param>
/// <param name="Value">The value.</param>
/// <param name="Path">Where it was read.</param>
/// <param name="Scheme">The scheme or code that qualifies it.</param>
sealed record PaymentMessageIdentifier(string Kind, string Value, string Path, string? Scheme = null);

/// <summary>An amount of a payment message.</summary>
/// <param name="Kind">settlement, instructed, returned, original, total.</param>
/// <param name="Currency">ISO 4217.</param>
/// <param name="Value">The amount as a decimal string.</param>
/// <param name="Path">Where it was read.</param>
/// <param name="ValueDate">The value date that goes with it.</param>
sealed record PaymentMessageAmount(string Kind, string Currency, string Value, string Path, string? ValueDate = null);

/// <summary>A text or code of a payment message.</summary>
/// <param name="Kind">What it is (remittance, bank_to_bank…; purpose, uetr…).</param>
/// <param name="Value">The text or code.</param>
/// <param name="Path">Where it was read.</param>
sealed record PaymentMessageValue(string Kind, string Value, string Path);

/// <summary>A page of payment alerts, newest first.</summary>
/// <param name="Total">Alerts matching the filters.</param>
/// <param name="Offset">The first alert's position.</param>
/// <param name="Limit">The page size asked for.</param>
/// <param name="Alerts">The page.</param>
sealed record PaymentAlertPage(long Total, int Offset, int Limit, PaymentAlert[] Alerts);
