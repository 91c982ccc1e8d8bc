using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Interdict.Core.Customers;
using Interdict.Core.Lists;
using Interdict.Hosting.Screening;

namespace Interdict.Hosting.Customers;

/// <summary>An owner or controller of a customer as a caller sends it (an element of a JSON body's <c>owners</c>, an
/// entry of a CSV row's <c>owners</c> cell), all text, before it is checked.</summary>
/// <param name="Name">The owner's name. Required.</param>
/// <param name="Share">The share owned, in percent (0..100, a trailing <c>%</c> allowed); empty: a controller, or a
/// share not known.</param>
/// <param name="Imo">IMO number.</param>
/// <param name="Bic">SWIFT/BIC.</param>
public sealed record OwnerInput(string? Name, string? Share, string? Imo = null, string? Bic = null)
{
    /// <summary>True for an element that was not an owner at all (already reported): left out without another warning.</summary>
    bool Unreadable { get; init; }

    /// <summary>Checks owners and builds them. A bad owner field never refuses the customer: an owner without a name is
    /// left out, a bad share is left out (the owner is still screened, as a holder of an unknown share: a listed
    /// owner is then noted as controlling), a bad identifier is left out; each with a warning naming the field
    /// (<c>owners[1].share</c>).</summary>
    /// <param name="inputs">The owners as given.</param>
    /// <param name="warnings">Where the warnings go, by field.</param>
    /// <returns>The owners kept, at most <see cref="Owner.MaxPerCustomer"/>.</returns>
    public static ImmutableArray<Owner> Build(IReadOnlyList<OwnerInput> inputs, IDictionary<string, string> warnings)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(warnings);
        var owners = ImmutableArray.CreateBuilder<Owner>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var field = $"owners[{i}]";
            if (owners.Count == Owner.MaxPerCustomer)
            {
                warnings["owners"] = $"{inputs.Count} owners given, the first {Owner.MaxPerCustomer} kept";
                break;
            }
            var input = inputs[i];
            if (input.Unreadable) continue;
            if (!QueryFields.TryParseName(input.Name, out var name, out var error))
            {
                warnings[$"{field}.name"] = $"{error} (the owner is left out)";
                continue;
            }
            decimal? share = null;
            if (!string.IsNullOrWhiteSpace(input.Share) && !TryParseShare(input.Share, out share))
                warnings[$"{field}.share"] = $"'{QueryFields.Shorten(input.Share)}' is not a share: a percentage from 0 to 100 (the owner is still screened, its share unknown)";
            var identifiers = ImmutableArray.CreateBuilder<Identifier>();
            if (CustomerInput.TryIdentifier(IdentifierKind.Imo, input.Imo, out var imo, out error)) { if (imo is not null) identifiers.Add(imo); }
            else warnings[$"{field}.identifiers.imo"] = error!;
            if (CustomerInput.TryIdentifier(IdentifierKind.SwiftBic, input.Bic, out var bic, out error)) { if (bic is not null) identifiers.Add(bic); }
            else warnings[$"{field}.identifiers.bic"] = error!;
            owners.Add(new Owner(name!, share) { Identifiers = identifiers.ToImmutable() });
        }
        return owners.ToImmutable();
    }

    /// <summary>Reads a share: a number from 0 to 100, with <c>.</c> for decimals and an optional trailing <c>%</c>.</summary>
    public static bool TryParseShare(string text, out decimal? share)
    {
        ArgumentNullException.ThrowIfNull(text);
        share = null;
        var trimmed = text.Trim().TrimEnd('%').TrimEnd();
        if (!decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value > 100) return false;
        share = value;
        return true;
    }

    /// <summary>Reads the <c>owners</c> of a JSON body: an array of <c>{"name", "share", "identifiers": {"imo", "bic"}}</c>,
    /// the share a number or a string. What cannot be read is left out with a warning naming it.</summary>
    /// <param name="owners">The <c>owners</c> value.</param>
    /// <param name="warnings">Where the warnings go, by field.</param>
    public static IReadOnlyList<OwnerInput> FromJson(JsonElement owners, IDictionary<string, string> warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        if (owners.ValueKind == JsonValueKind.Null) return [];
        if (owners.ValueKind != JsonValueKind.Array)
        {
            warnings["owners"] = "must be an array of {name, share, identifiers}";
            return [];
        }
        var inputs = new List<OwnerInput>();
        var i = 0;
        foreach (var element in owners.EnumerateArray())
        {
            var field = $"owners[{i++}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                warnings[field] = "must be an object {name, share, identifiers} (the owner is left out)";
                inputs.Add(new OwnerInput(null, null) { Unreadable = true }); // keeps the positions of the owners after it
                continue;
            }
            string? name = null, share = null, imo = null, bic = null;
            foreach (var property in element.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "name":
                        name = Text(property.Value, $"{field}.name", warnings);
                        break;
                    case "share":
                        share = property.Value.ValueKind == JsonValueKind.Number ? property.Value.GetRawText() : Text(property.Value, $"{field}.share", warnings);
                        break;
                    case "identifiers":
                        if (property.Value.ValueKind == JsonValueKind.Object)
                        {
                            foreach (var identifier in property.Value.EnumerateObject())
                            {
                                if (identifier.Name == "imo") imo = Text(identifier.Value, $"{field}.identifiers.imo", warnings);
                                else if (identifier.Name == "bic") bic = Text(identifier.Value, $"{field}.identifiers.bic", warnings);
                                else warnings[$"{field}.identifiers.{identifier.Name}"] = "not a known identifier (imo, bic)";
                            }
                        }
                        else if (property.Value.ValueKind != JsonValueKind.Null)
                        {
                            warnings[$"{field}.identifiers"] = "must be an object {imo, bic}";
                        }
                        break;
                    default:
                        warnings[$"{field}.{property.Name}"] = "not a field of an owner (name, share, identifiers)";
                        break;
                }
            }
            inputs.Add(new OwnerInput(name, share, imo, bic));
        }
        return inputs;
    }

    /// <summary>Reads a CSV <c>owners</c> cell: owners separated by <c>|</c>, each <c>name</c>, <c>name=share</c> or
    /// <c>name=share=imo:…,bic:…</c> (the share may be empty: <c>name==bic:…</c>).</summary>
    /// <param name="cell">The cell.</param>
    /// <param name="warnings">Where the warnings go, by field.</param>
    public static IReadOnlyList<OwnerInput> FromCsv(string? cell, IDictionary<string, string> warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        if (string.IsNullOrWhiteSpace(cell)) return [];
        var inputs = new List<OwnerInput>();
        var entries = cell.Split('|');
        for (var i = 0; i < entries.Length; i++)
        {
            var parts = entries[i].Split('=');
            string? imo = null, bic = null;
            if (parts.Length > 2)
            {
                foreach (var identifier in string.Join('=', parts[2..]).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var colon = identifier.IndexOf(':', StringComparison.Ordinal);
                    var kind = colon < 0 ? "" : identifier[..colon].Trim().ToLowerInvariant();
                    if (kind == "imo") imo = identifier[(colon + 1)..];
                    else if (kind == "bic") bic = identifier[(colon + 1)..];
                    else warnings[$"owners[{i}].identifiers"] = $"'{QueryFields.Shorten(identifier)}' is not imo:… or bic:…";
                }
            }
            inputs.Add(new OwnerInput(parts[0], parts.Length > 1 ? parts[1] : null, imo, bic));
        }
        return inputs;
    }

    static string? Text(JsonElement value, string field, IDictionary<string, string> warnings)
    {
        if (value.ValueKind == JsonValueKind.String) return value.GetString();
        if (value.ValueKind != JsonValueKind.Null) warnings[field] = $"must be a string, not {value.ValueKind.ToString().ToLowerInvariant()}";
        return null;
    }
}
