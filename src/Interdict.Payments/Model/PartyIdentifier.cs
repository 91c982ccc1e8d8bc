namespace Interdict.Payments;

/// <summary>An identifier of a party or an agent, as the message gives it.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Value">The value as written (a BIC in upper case).</param>
/// <param name="Scheme">The scheme or code that qualifies it, when given (<c>CCPT</c>, <c>TXID</c>, <c>USABA</c>, a country
/// code for a national id); otherwise null.</param>
/// <param name="Place">Where it was read.</param>
public sealed record PartyIdentifier(PartyIdentifierKind Kind, string Value, string? Scheme, Place Place);
