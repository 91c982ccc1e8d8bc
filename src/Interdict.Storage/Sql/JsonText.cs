using System.Collections.Immutable;
using System.Text.Json;
using Interdict.Core.Customers;
using Interdict.Core.Lists;

namespace Interdict.Storage.Sql;

/// <summary>The JSON text kept in text columns: string arrays and identifiers.</summary>
internal static class JsonText
{
    public static string Strings(ImmutableArray<string> values) =>
        JsonSerializer.Serialize(values.IsDefault ? [] : values.ToArray());

    public static ImmutableArray<string> ReadStrings(string json) =>
        [.. JsonSerializer.Deserialize<string[]>(json) ?? []];

    public static string Identifiers(ImmutableArray<Identifier> identifiers)
    {
        if (identifiers.IsDefaultOrEmpty) return "[]";
        var items = new IdentifierJson[identifiers.Length];
        for (var i = 0; i < items.Length; i++) items[i] = new IdentifierJson(identifiers[i].Kind.ToString(), identifiers[i].Value);
        return JsonSerializer.Serialize(items);
    }

    public static ImmutableArray<Identifier> ReadIdentifiers(string json)
    {
        if (json == "[]") return [];
        var items = JsonSerializer.Deserialize<IdentifierJson[]>(json) ?? [];
        return [.. items.Select(i => new Identifier(Enum.Parse<IdentifierKind>(i.Kind), i.Value))];
    }

    /// <summary>Owners as <c>[{"Name", "Share", "Identifiers": [{"Kind", "Value"}]}]</c>; no owner: <c>[]</c>.</summary>
    public static string Owners(ImmutableArray<Owner> owners)
    {
        if (owners.IsDefaultOrEmpty) return "[]";
        var items = new OwnerJson[owners.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var identifiers = owners[i].Identifiers.IsDefault ? [] : owners[i].Identifiers;
            items[i] = new OwnerJson(owners[i].Name, owners[i].Share, [.. identifiers.Select(d => new IdentifierJson(d.Kind.ToString(), d.Value))]);
        }
        return JsonSerializer.Serialize(items);
    }

    public static ImmutableArray<Owner> ReadOwners(string json)
    {
        if (json == "[]") return [];
        var items = JsonSerializer.Deserialize<OwnerJson[]>(json) ?? [];
        return [.. items.Select(o => new Owner(o.Name, o.Share)
        {
            Identifiers = [.. (o.Identifiers ?? []).Select(i => new Identifier(Enum.Parse<IdentifierKind>(i.Kind), i.Value))],
        })];
    }

    sealed record IdentifierJson(string Kind, string Value);

    sealed record OwnerJson(string Name, decimal? Share, IdentifierJson[]? Identifiers);
}
