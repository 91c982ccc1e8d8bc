namespace Interdict.Core.Lists;

/// <summary>An identity document of a listed person.</summary>
/// <param name="Kind">Passport, national id or other.</param>
/// <param name="Number">The document number as written.</param>
/// <param name="Country">Issuing country as written on the list, when given.</param>
/// <param name="Note">Free text (type as written, issue date, remarks).</param>
public sealed record IdentityDocument(DocumentKind Kind, string Number, string? Country = null, string? Note = null);
