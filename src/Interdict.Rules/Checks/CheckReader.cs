using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Interdict.Rules.Hs;

namespace Interdict.Rules.Checks;

/// <summary>Reads checks in the interchange format (CHECK-FORMAT §1) with System.Text.Json.</summary>
/// <remarks>Unknown fields are ignored (forward compatibility). A malformed check is an expected failure of
/// untrusted input, so it comes back as an error message, not an exception.</remarks>
public static class CheckReader
{
    private static readonly FrozenSet<string> Activities = FrozenSet.ToFrozenSet(
        ["trade", "financial", "joint_venture", "workers", "vessel_service", "aviation_service", "travel", "training",
         "sci_tech_cooperation", "diplomatic", "other"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Directions = FrozenSet.ToFrozenSet(
        ["to_dprk", "from_dprk", "transit_via_dprk", "both", "none"], StringComparer.Ordinal);

    /// <summary>Reads one check from its JSON text.</summary>
    /// <returns>True and the check, or false and a message naming the faulty field.</returns>
    public static bool TryRead(string json, out Check? check, out string? error)
    {
        check = null;
        try
        {
            using var document = JsonDocument.Parse(json);
            return TryRead(document.RootElement, out check, out error);
        }
        catch (JsonException e)
        {
            error = $"not JSON: {e.Message}";
            return false;
        }
    }

    /// <summary>Reads one check from a JSON element.</summary>
    public static bool TryRead(JsonElement root, out Check? check, out string? error)
    {
        check = null;
        try
        {
            check = Read(root);
            error = null;
            return true;
        }
        catch (CheckFormatException e)
        {
            error = e.Message;
            return false;
        }
    }

    private static Check Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new CheckFormatException("a check must be a JSON object");
        var id = RequiredString(root, "id");
        var activity = RequiredString(root, "activity");
        if (!Activities.Contains(activity)) throw new CheckFormatException($"activity '{activity}' is not one of {string.Join(", ", Activities)}");
        var direction = RequiredString(root, "direction");
        if (!Directions.Contains(direction)) throw new CheckFormatException($"direction '{direction}' is not one of {string.Join(", ", Directions)}");
        var facts = Property(root, "facts");
        var context = Property(root, "context");
        return new Check
        {
            Id = id,
            Date = RequiredDate(root, "date"),
            Scenario = OptionalString(root, "scenario") ?? "in_force",
            Activity = activity,
            Action = OptionalString(root, "action"),
            Direction = direction,
            Location = OptionalString(root, "location"),
            Destination = OptionalString(root, "destination"),
            ValueUsd = OptionalNumber(root, "value_usd"),
            Goods = ReadList(root, "goods", ReadGood),
            Parties = ReadList(root, "parties", ReadParty),
            Vessel = Property(root, "vessel") is { ValueKind: JsonValueKind.Object } v
                ? new Vessel(OptionalString(v, "name"), OptionalString(v, "imo"), OptionalString(v, "flag"), OptionalString(v, "type"),
                    OptionalBool(v, "designated"), OptionalBool(v, "dprk_controlled"))
                : null,
            Aircraft = Property(root, "aircraft") is { ValueKind: JsonValueKind.Object } a
                ? new Aircraft(OptionalString(a, "model"), OptionalString(a, "operator"), OptionalString(a, "use"), OptionalBool(a, "in_service"))
                : null,
            PortName = Property(root, "port") is { ValueKind: JsonValueKind.Object } p ? OptionalString(p, "name") : null,
            Facts = facts is { ValueKind: JsonValueKind.Object } f ? ReadFacts(f) : FrozenDictionary<string, FactValue>.Empty,
            CommitteeApproval = facts is { ValueKind: JsonValueKind.Object } f2 && Property(f2, "committee_approval") is { ValueKind: JsonValueKind.Object } ca
                ? ReadApproval(ca)
                : null,
            CapUsed = ReadMap(context, "cap_used", ReadUsage),
            CapNotice = ReadMap(context, "cap_notice", e => e.ValueKind == JsonValueKind.Number ? e.GetInt32() : throw new CheckFormatException("context.cap_notice values must be numbers")),
            CapBaseline = ReadMap(context, "cap_baseline", ReadUsage),
        };
    }

    private static Good ReadGood(JsonElement e)
    {
        HsCode? hs = null;
        if (OptionalString(e, "hs") is { } text)
        {
            if (!HsCode.TryParse(text, out var code)) throw new CheckFormatException($"goods.hs '{text}' is not an HS code of 2, 4, 5 or 6 digits (chapter, heading, one-dash or two-dash subheading; dots allowed)");
            hs = code;
        }
        return new Good
        {
            Hs = hs,
            Description = OptionalString(e, "description") ?? "",
            Category = OptionalString(e, "category"),
            Condition = OptionalString(e, "condition"),
            Quantity = OptionalNumber(e, "quantity"),
            Unit = OptionalString(e, "unit"),
            ValueUsd = OptionalNumber(e, "value_usd"),
            Origin = OptionalString(e, "origin"),
        };
    }

    private static Party ReadParty(JsonElement e) => new(
        OptionalString(e, "name") ?? "",
        OptionalString(e, "role") ?? "",
        OptionalString(e, "country"),
        OptionalString(e, "type"),
        OptionalBool(e, "designated"));

    private static FrozenDictionary<string, FactValue> ReadFacts(JsonElement facts)
    {
        var values = new Dictionary<string, FactValue>(StringComparer.Ordinal);
        foreach (var property in facts.EnumerateObject())
        {
            var value = property.Value.ValueKind switch
            {
                JsonValueKind.True => FactValue.Of(true),
                JsonValueKind.False => FactValue.Of(false),
                JsonValueKind.Number => FactValue.Of(property.Value.GetDouble()),
                JsonValueKind.String => FactValue.Of(property.Value.GetString()!),
                JsonValueKind.Object => FactValue.Object(),
                _ => default,
            };
            if (value.IsEstablished) values[property.Name] = value;
        }
        return values.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static CommitteeApproval ReadApproval(JsonElement e)
    {
        ImmutableArray<ApprovedGoods>? covers = null;
        if (Property(e, "covers") is { ValueKind: JsonValueKind.Array } list)
        {
            var approved = ImmutableArray.CreateBuilder<ApprovedGoods>();
            foreach (var item in list.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object && OptionalString(item, "hs") is { } text && HsCode.TryParse(text, out var code))
                    approved.Add(new ApprovedGoods(code, OptionalNumber(item, "quantity"), OptionalString(item, "unit")));
            }
            covers = approved.ToImmutable();
        }
        return new CommitteeApproval(OptionalString(e, "id"), OptionalDate(e, "granted_on"), OptionalDate(e, "valid_until"), covers);
    }

    private static CapUsage ReadUsage(JsonElement e) => e.ValueKind == JsonValueKind.Object
        ? new CapUsage(OptionalNumber(e, "value_usd"), OptionalNumber(e, "quantity"), OptionalString(e, "unit"), OptionalDate(e, "as_of"))
        : throw new CheckFormatException("context cap entries must be objects");

    private static FrozenDictionary<string, T> ReadMap<T>(JsonElement? context, string name, Func<JsonElement, T> read)
    {
        if (context is not { ValueKind: JsonValueKind.Object } c || Property(c, name) is not { ValueKind: JsonValueKind.Object } map)
            return FrozenDictionary<string, T>.Empty;
        return map.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null)
            .ToFrozenDictionary(p => p.Name, p => read(p.Value), StringComparer.Ordinal);
    }

    private static ImmutableArray<T> ReadList<T>(JsonElement root, string name, Func<JsonElement, T> read)
    {
        if (Property(root, name) is not { } list) return [];
        if (list.ValueKind != JsonValueKind.Array) throw new CheckFormatException($"{name} must be a list");
        var builder = ImmutableArray.CreateBuilder<T>();
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object) throw new CheckFormatException($"{name} entries must be objects");
            builder.Add(read(item));
        }
        return builder.ToImmutable();
    }

    private static JsonElement? Property(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string RequiredString(JsonElement e, string name) =>
        OptionalString(e, name) ?? throw new CheckFormatException($"{name} is required");

    private static string? OptionalString(JsonElement e, string name) => Property(e, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        _ => throw new CheckFormatException($"{name} must be a string"),
    };

    private static double? OptionalNumber(JsonElement e, string name) => Property(e, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } n => n.GetDouble(),
        _ => throw new CheckFormatException($"{name} must be a number"),
    };

    private static bool? OptionalBool(JsonElement e, string name) => Property(e, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => throw new CheckFormatException($"{name} must be true or false"),
    };

    private static DateOnly RequiredDate(JsonElement e, string name) =>
        OptionalDate(e, name) ?? throw new CheckFormatException($"{name} is required");

    private static DateOnly? OptionalDate(JsonElement e, string name) => OptionalString(e, name) switch
    {
        null => null,
        var text when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        var text => throw new CheckFormatException($"{name} '{text}' is not a date (YYYY-MM-DD)"),
    };

    private sealed class CheckFormatException(string message) : Exception(message);
}
