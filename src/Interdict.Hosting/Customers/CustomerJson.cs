using System.Text.Json;
using Interdict.Core.Customers;
using Interdict.Core.Lists;
using Interdict.Hosting.Screening;

namespace Interdict.Hosting.Customers;

/// <summary>The wire shape of a customer: <c>{"id", "name", "type", "dob", "nationality", "country", "imo", "bic",
/// "owners", "revision", "created_at", "updated_at"}</c>, the same fields a customer CSV has; <c>owners</c> (written
/// only when there are any) as <c>[{"name", "share", "identifiers": {"imo", "bic"}}]</c>.</summary>
public static class CustomerJson
{
    /// <summary>Writes one customer object.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="customer">The customer.</param>
    public static void Write(Utf8JsonWriter json, Customer customer)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(customer);
        json.WriteStartObject();
        json.WriteString("id", customer.Id);
        json.WriteString("name", customer.Name);
        json.WriteString("type", MatchJson.Kind(customer.Kind));
        if (customer.DateOfBirth is { } dob) json.WriteString("dob", dob.ToString());
        if (customer.Nationality is not null) json.WriteString("nationality", customer.Nationality);
        if (customer.Country is not null) json.WriteString("country", customer.Country);
        foreach (var identifier in customer.Identifiers.IsDefault ? [] : customer.Identifiers)
        {
            if (identifier.Kind == IdentifierKind.Imo) json.WriteString("imo", identifier.Value);
            else if (identifier.Kind == IdentifierKind.SwiftBic) json.WriteString("bic", identifier.Value);
        }
        if (!customer.Owners.IsDefaultOrEmpty)
        {
            json.WriteStartArray("owners");
            foreach (var owner in customer.Owners) WriteOwner(json, owner);
            json.WriteEndArray();
        }
        if (customer.Revision > 0)
        {
            json.WriteNumber("revision", customer.Revision);
            json.WriteString("created_at", customer.CreatedAt);
            json.WriteString("updated_at", customer.UpdatedAt);
        }
        json.WriteEndObject();
    }

    static void WriteOwner(Utf8JsonWriter json, Owner owner)
    {
        json.WriteStartObject();
        json.WriteString("name", owner.Name);
        if (owner.Share is { } share) json.WriteNumber("share", share);
        if (!owner.Identifiers.IsDefaultOrEmpty)
        {
            json.WriteStartObject("identifiers");
            foreach (var identifier in owner.Identifiers)
            {
                if (identifier.Kind == IdentifierKind.Imo) json.WriteString("imo", identifier.Value);
                else if (identifier.Kind == IdentifierKind.SwiftBic) json.WriteString("bic", identifier.Value);
            }
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }
}
