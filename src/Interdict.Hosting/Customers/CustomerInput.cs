using System.Collections.Immutable;
using System.Globalization;
using Interdict.Core.Customers;
using Interdict.Core.Lists;
using Interdict.Hosting.Screening;

namespace Interdict.Hosting.Customers;

/// <summary>A customer as a caller sends it (JSON body or CSV row), all text, before it is checked.</summary>
/// <param name="Id">The caller's id. Required, at most 200 characters of <see cref="Customer.IdAlphabet"/>.</param>
/// <param name="Name">The name. Required.</param>
/// <param name="Type">person, organization, vessel, aircraft; empty: unknown.</param>
/// <param name="Dob">Date of birth or incorporation: YYYY, YYYY-MM or YYYY-MM-DD.</param>
/// <param name="Nationality">Nationality (or flag).</param>
/// <param name="Country">Country of residence or registration.</param>
/// <param name="Imo">IMO number, for vessels and shipping companies.</param>
/// <param name="Bic">SWIFT/BIC, for banks.</param>
public sealed record CustomerInput(string? Id, string? Name, string? Type, string? Dob, string? Nationality, string? Country, string? Imo, string? Bic)
{
    /// <summary>Checks the fields and builds the customer.</summary>
    /// <param name="customer">The customer, when every field is valid.</param>
    /// <param name="errors">Field name → problem, for each invalid field.</param>
    /// <returns>True when valid.</returns>
    public bool TryBuild(out Customer? customer, out IReadOnlyDictionary<string, string> errors)
    {
        customer = null;
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(Id)) problems["id"] = "an id is required";
        else if (Id.Length > Customer.MaxIdLength) problems["id"] = $"at most {Customer.MaxIdLength} characters";
        else if (!Customer.IsSafeId(Id.Trim())) problems["id"] = $"'{Printable(Id)}' is not a customer id: use {Customer.IdAlphabet}";
        if (string.IsNullOrWhiteSpace(Name)) problems["name"] = "a name is required";
        if (!QueryFields.TryParseKind(Type, out var kind, out var error)) problems["type"] = error!;
        if (!QueryFields.TryParseDateOfBirth(Dob, out var dob, out error)) problems["dob"] = error!;
        var identifiers = ImmutableArray.CreateBuilder<Identifier>();
        if (!string.IsNullOrWhiteSpace(Imo))
        {
            var imo = Identifier.Canonical(Imo);
            if (imo.Length != 7 || !imo.All(char.IsAsciiDigit)) problems["imo"] = $"'{Imo}' is not an IMO number (7 digits)";
            else identifiers.Add(new Identifier(IdentifierKind.Imo, imo));
        }
        if (!string.IsNullOrWhiteSpace(Bic))
        {
            var bic = Identifier.Canonical(Bic);
            if (bic.Length is not (8 or 11)) problems["bic"] = $"'{Bic}' is not a SWIFT/BIC code (8 or 11 letters and digits)";
            else identifiers.Add(new Identifier(IdentifierKind.SwiftBic, bic));
        }
        errors = problems;
        if (problems.Count > 0) return false;
        customer = new Customer(Id!.Trim(), Name!.Trim(), kind)
        {
            DateOfBirth = dob,
            Nationality = Blank(Nationality),
            Country = Blank(Country),
            Identifiers = identifiers.ToImmutable(),
        };
        return true;
    }

    // An id is echoed in the error: control characters (a NUL) are shown escaped, not written into the response.
    static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString()));

    static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
