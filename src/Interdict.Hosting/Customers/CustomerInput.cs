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
    /// <summary>Checks the fields and builds the customer, leaving bad optional fields out (see the overload that reports them).</summary>
    /// <param name="customer">The customer, when the id and the name are usable.</param>
    /// <param name="errors">Field name → problem, for the id and the name.</param>
    /// <returns>True when the customer was built.</returns>
    public bool TryBuild(out Customer? customer, out IReadOnlyDictionary<string, string> errors) => TryBuild(out customer, out errors, out _);

    /// <summary>Checks the fields and builds the customer. Only the id and the name are required: a bad optional field
    /// is left out with a warning, and the customer is still stored and screened by its name.</summary>
    /// <param name="customer">The customer, when the id and the name are usable.</param>
    /// <param name="errors">Field name → problem, for the id and the name.</param>
    /// <param name="warnings">Field name → problem, for each optional field left out.</param>
    /// <returns>True when the customer was built.</returns>
    public bool TryBuild(out Customer? customer, out IReadOnlyDictionary<string, string> errors, out IReadOnlyDictionary<string, string> warnings)
    {
        customer = null;
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var ignored = new Dictionary<string, string>(StringComparer.Ordinal);
        warnings = ignored;
        errors = problems;
        var id = Id?.Trim();
        if (string.IsNullOrEmpty(id)) problems["id"] = "an id is required";
        else if (id.Length > Customer.MaxIdLength) problems["id"] = $"at most {Customer.MaxIdLength} characters";
        else if (!Customer.IsSafeId(id)) problems["id"] = $"'{Printable(id)}' is not a customer id: use {Customer.IdAlphabet}";
        if (!QueryFields.TryParseName(Name, out var name, out var error)) problems["name"] = error!;
        if (problems.Count > 0) return false;

        if (!QueryFields.TryParseKind(Type, out var kind, out error)) ignored["type"] = error!;
        if (!QueryFields.TryParseDateOfBirth(Dob, out var dob, out error)) ignored["dob"] = error!;
        if (!QueryFields.TryParseCountry(Nationality, out var nationality, out error)) ignored["nationality"] = error!;
        if (!QueryFields.TryParseCountry(Country, out var country, out error)) ignored["country"] = error!;
        var identifiers = ImmutableArray.CreateBuilder<Identifier>();
        if (!string.IsNullOrWhiteSpace(Imo))
        {
            var imo = Identifier.Canonical(Imo);
            if (imo.Length != 7 || !imo.All(char.IsAsciiDigit)) ignored["imo"] = $"'{QueryFields.Shorten(Imo)}' is not an IMO number (7 digits)";
            else identifiers.Add(new Identifier(IdentifierKind.Imo, imo));
        }
        if (!string.IsNullOrWhiteSpace(Bic))
        {
            var bic = Identifier.Canonical(Bic);
            if (bic.Length is not (8 or 11)) ignored["bic"] = $"'{QueryFields.Shorten(Bic)}' is not a SWIFT/BIC code (8 or 11 letters and digits)";
            else identifiers.Add(new Identifier(IdentifierKind.SwiftBic, bic));
        }
        customer = new Customer(id!, name!, kind)
        {
            DateOfBirth = dob,
            Nationality = nationality,
            Country = country,
            Identifiers = identifiers.ToImmutable(),
        };
        return true;
    }

    // An id is echoed in the error: control characters (a NUL) are shown escaped, not written into the response.
    static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString()));

    static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
