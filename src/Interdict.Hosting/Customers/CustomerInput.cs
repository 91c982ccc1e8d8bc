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
/// <param name="Owners">Its owners and controllers: <c>[{"name", "share", "identifiers": {"imo", "bic"}}]</c> (JSON, read
/// by <see cref="OwnerInput.FromJson"/>, so that a bad owner field is a warning naming it, not a refused body).</param>
public sealed record CustomerInput(string? Id, string? Name, string? Type, string? Dob, string? Nationality, string? Country, string? Imo, string? Bic,
    System.Text.Json.JsonElement? Owners = null)
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
        if (!TryIdentifier(IdentifierKind.Imo, Imo, out var imo, out error)) ignored["imo"] = error!;
        else if (imo is not null) identifiers.Add(imo);
        if (!TryIdentifier(IdentifierKind.SwiftBic, Bic, out var bic, out error)) ignored["bic"] = error!;
        else if (bic is not null) identifiers.Add(bic);
        var owners = Owners is { } given ? OwnerInput.Build(OwnerInput.FromJson(given, ignored), ignored) : [];
        customer = new Customer(id!, name!, kind)
        {
            DateOfBirth = dob,
            Nationality = nationality,
            Country = country,
            Identifiers = identifiers.ToImmutable(),
            Owners = owners,
        };
        return true;
    }

    /// <summary>Reads an IMO number (7 digits) or a SWIFT/BIC code (8 or 11 letters and digits), in any spacing and case.</summary>
    /// <param name="kind">IMO or SWIFT/BIC.</param>
    /// <param name="text">The value as given; blank: none.</param>
    /// <param name="identifier">The identifier, or null when none was given.</param>
    /// <param name="error">Why the value is refused.</param>
    /// <returns>False when a value was given and is not one.</returns>
    internal static bool TryIdentifier(IdentifierKind kind, string? text, out Identifier? identifier, out string? error)
    {
        identifier = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var value = Identifier.Canonical(text);
        if (kind == IdentifierKind.Imo && (value.Length != 7 || !value.All(char.IsAsciiDigit)))
            error = $"'{QueryFields.Shorten(text)}' is not an IMO number (7 digits)";
        else if (kind == IdentifierKind.SwiftBic && value.Length is not (8 or 11))
            error = $"'{QueryFields.Shorten(text)}' is not a SWIFT/BIC code (8 or 11 letters and digits)";
        else identifier = new Identifier(kind, value);
        return error is null;
    }

    // An id is echoed in the error: control characters (a NUL) are shown escaped, not written into the response.
    static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString()));

    static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
