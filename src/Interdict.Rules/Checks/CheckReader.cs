using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Interdict.Core.Lists;
using Interdict.Rules.Hs;
using Interdict.Rules.Loading;

namespace Interdict.Rules.Checks;

/// <summary>Reads checks in the interchange format (CHECK-FORMAT §1) with System.Text.Json.</summary>
/// <remarks>Unknown fields are ignored (forward compatibility). A malformed check is an expected failure of
/// untrusted input, so it comes back as an error message naming the place (<c>goods[1].quantity</c>), not an
/// exception. Refused besides wrong types: a key given twice in one object (which value would count?), a number that
/// is not finite or is negative (every number of the format is an amount, a count or a value), and an enum value
/// outside the format's list (the message lists the allowed ones).</remarks>
public static class CheckReader
{
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
        catch (InvalidOperationException)
        {
            // JsonDocument keeps strings as raw bytes and transcodes them when read: invalid UTF-8 surfaces only then.
            error = "the check holds text that is not valid UTF-8";
            return false;
        }
    }

    private static Check Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new CheckFormatException("a check must be a JSON object");
        RefuseDuplicateKeys(root, "");
        var id = RequiredString(root, "id");
        var activity = RequiredString(root, "activity");
        if (!FactsVocabulary.Activities.Contains(activity)) throw NotOneOf("activity", activity, FactsVocabulary.Activities);
        var direction = RequiredString(root, "direction");
        if (!FactsVocabulary.Directions.Contains(direction)) throw NotOneOf("direction", direction, FactsVocabulary.Directions);
        var action = OptionalString(root, "action");
        if (action is not null)
        {
            if (!FactsVocabulary.Actions.TryGetValue(activity, out var actions))
                throw new CheckFormatException($"action '{action}' is not an action of activity {activity}, which takes none");
            if (!actions.Contains(action)) throw NotOneOf("action", action, actions, $" (the actions of activity {activity})");
        }
        var facts = Property(root, "facts");
        if (facts is { ValueKind: not JsonValueKind.Object }) throw new CheckFormatException("facts must be an object");
        var context = Property(root, "context");
        if (context is { ValueKind: not JsonValueKind.Object }) throw new CheckFormatException("context must be an object");
        if (Property(root, "transport") is { } transport)
        {
            if (transport.ValueKind != JsonValueKind.Array) throw new CheckFormatException("transport must be a list");
            var i = 0;
            foreach (var mode in transport.EnumerateArray())
            {
                if (mode.ValueKind != JsonValueKind.String) throw new CheckFormatException($"transport[{i}] must be a string");
                _ = EnumValue(mode.GetString()!, $"transport[{i}]", "transport");
                i++;
            }
        }
        if (ObjectProperty(root, "port") is { } port) _ = At("port", () => OptionalEnum(port, "role", "port.role"));
        return new Check
        {
            Id = id,
            Date = RequiredDate(root, "date"),
            Scenario = OptionalString(root, "scenario") ?? "in_force",
            Activity = activity,
            Action = action,
            Direction = direction,
            Location = OptionalString(root, "location"),
            Destination = OptionalString(root, "destination"),
            ValueUsd = OptionalNumber(root, "value_usd"),
            Goods = ReadList(root, "goods", ReadGood),
            Parties = ReadList(root, "parties", ReadParty),
            Vessel = ObjectProperty(root, "vessel") is { } v
                ? At("vessel", () => new Vessel(OptionalString(v, "name"), OptionalString(v, "imo"), OptionalString(v, "flag"), OptionalString(v, "type"),
                    OptionalBool(v, "designated"), OptionalBool(v, "dprk_controlled")))
                : null,
            Aircraft = ObjectProperty(root, "aircraft") is { } a
                ? At("aircraft", () => new Aircraft(OptionalString(a, "model"), OptionalString(a, "operator"), OptionalEnum(a, "use", "aircraft.use"), OptionalBool(a, "in_service")))
                : null,
            PortName = ObjectProperty(root, "port") is { } p ? At("port", () => OptionalString(p, "name")) : null,
            Facts = facts is { } f ? At("facts", () => ReadFacts(f)) : FrozenDictionary<string, FactValue>.Empty,
            CommitteeApproval = facts is { } f2 && Property(f2, "committee_approval") is { ValueKind: JsonValueKind.Object } ca
                ? At("facts.committee_approval", () => ReadApproval(ca))
                : null,
            CapUsed = ReadMap(context, "cap_used", ReadUsage),
            CapNotice = ReadMap(context, "cap_notice", ReadNotice),
            CapBaseline = ReadMap(context, "cap_baseline", ReadUsage),
        };
    }

    private static Good ReadGood(JsonElement e)
    {
        HsCode? hs = null;
        if (OptionalString(e, "hs") is { } text)
        {
            if (!HsCode.TryParse(text, out var code)) throw new CheckFormatException($"hs '{text}' is not an HS code of 2, 4, 5 or 6 digits (chapter, heading, one-dash or two-dash subheading; dots allowed)");
            hs = code;
        }
        return new Good
        {
            Hs = hs,
            Description = OptionalString(e, "description") ?? "",
            Category = OptionalEnum(e, "category", "goods.category"),
            Condition = OptionalEnum(e, "condition", "goods.condition"),
            Quantity = OptionalNumber(e, "quantity"),
            Unit = OptionalEnum(e, "unit", "goods.unit"),
            ValueUsd = OptionalNumber(e, "value_usd"),
            Origin = OptionalString(e, "origin"),
        };
    }

    private static Party ReadParty(JsonElement e) => new(
        OptionalString(e, "name") ?? "",
        OptionalEnum(e, "role", "parties.role") ?? "",
        OptionalString(e, "country"),
        OptionalEnum(e, "type", "parties.type"),
        OptionalBool(e, "designated"))
    {
        Identifiers = ReadIdentifiers(e),
    };

    /// <summary>The identifiers a party is known by, screened with its name against the lists' identifiers: <c>bic</c>
    /// (a bank known only by its BIC has no name) and <c>identifiers: [{"kind", "value"}]</c>, kind one of
    /// <see cref="IdentifierKinds"/>.</summary>
    private static ImmutableArray<Identifier> ReadIdentifiers(JsonElement party)
    {
        var result = ImmutableArray.CreateBuilder<Identifier>();
        if (OptionalString(party, "bic") is { } bic) result.Add(new Identifier(IdentifierKind.SwiftBic, Bic(bic, "bic")));
        if (Property(party, "identifiers") is not { } list) return result.ToImmutable();
        if (list.ValueKind != JsonValueKind.Array) throw new CheckFormatException("identifiers must be a list");
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var place = string.Create(CultureInfo.InvariantCulture, $"identifiers[{i++}]");
            if (item.ValueKind != JsonValueKind.Object) throw new CheckFormatException($"{place} must be an object");
            result.Add(At(place, () =>
            {
                var kindName = RequiredString(item, "kind");
                if (!IdentifierKinds.TryGetValue(kindName, out var kind)) throw NotOneOf("kind", kindName, IdentifierKinds.Keys);
                var value = RequiredString(item, "value").Trim();
                if (value.Length == 0) throw new CheckFormatException("value is required");
                return new Identifier(kind, kind == IdentifierKind.SwiftBic ? Bic(value, "value") : value);
            }));
        }
        return result.ToImmutable();
    }

    /// <summary>The identifier kinds a check's party may give, by their names in the format.</summary>
    private static readonly FrozenDictionary<string, IdentifierKind> IdentifierKinds = new Dictionary<string, IdentifierKind>(StringComparer.Ordinal)
    {
        ["swift_bic"] = IdentifierKind.SwiftBic,
        ["imo"] = IdentifierKind.Imo,
        ["registration"] = IdentifierKind.Registration,
        ["call_sign"] = IdentifierKind.CallSign,
        ["mmsi"] = IdentifierKind.Mmsi,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A BIC of 8 or 11 letters and digits (ISO 9362), upper-cased; the lists carry BIC8, so a branch code
    /// (<c>KKBCKPPYXXX</c>) is screened as its BIC8.</summary>
    private static string Bic(string text, string name)
    {
        var bic = text.Trim().ToUpperInvariant();
        if (bic.Length is not (8 or 11) || !bic.All(char.IsAsciiLetterOrDigit))
            throw new CheckFormatException($"{name} '{text}' is not a BIC of 8 or 11 letters and digits");
        return bic[..8];
    }

    private static FrozenDictionary<string, FactValue> ReadFacts(JsonElement facts)
    {
        var values = new Dictionary<string, FactValue>(StringComparer.Ordinal);
        foreach (var property in facts.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Null) continue;
            if (FactsVocabulary.FactKinds.TryGetValue(property.Name, out var kind)) CheckFact(property, kind);
            var value = property.Value.ValueKind switch
            {
                JsonValueKind.True => FactValue.Of(true),
                JsonValueKind.False => FactValue.Of(false),
                JsonValueKind.Number => FactValue.Of(Number(property.Value, property.Name)),
                JsonValueKind.String => FactValue.Of(property.Value.GetString()!),
                JsonValueKind.Object => FactValue.Object(),
                _ => default,
            };
            if (value.IsEstablished) values[property.Name] = value;
        }
        return values.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // A fact of the vocabulary given as another kind would be read as "not established" or compared as the wrong
    // kind (the text "true" is not true): refused, naming the kind the format gives it.
    private static void CheckFact(JsonProperty fact, FactKind kind)
    {
        var value = fact.Value;
        switch (kind)
        {
            case FactKind.Boolean when value.ValueKind is not (JsonValueKind.True or JsonValueKind.False):
                throw new CheckFormatException($"{fact.Name} must be true or false");
            case FactKind.Number when value.ValueKind != JsonValueKind.Number:
                throw new CheckFormatException($"{fact.Name} must be a number");
            case FactKind.Number when Number(value, fact.Name) % 1 != 0:
                throw new CheckFormatException($"{fact.Name} must be a whole number");
            case FactKind.Date:
                _ = OptionalDate(fact.Name, value);
                break;
            case FactKind.Object when value.ValueKind != JsonValueKind.Object:
                throw new CheckFormatException($"{fact.Name} must be an object or null");
            case FactKind.Text when value.ValueKind != JsonValueKind.String:
                throw new CheckFormatException($"{fact.Name} must be a string");
            case FactKind.Text:
                _ = EnumValue(value.GetString()!, fact.Name, fact.Name);
                break;
        }
    }

    private static CommitteeApproval ReadApproval(JsonElement e)
    {
        ImmutableArray<ApprovedGoods>? covers = null;
        if (Property(e, "covers") is { } list)
        {
            if (list.ValueKind != JsonValueKind.Array) throw new CheckFormatException("covers must be a list");
            var approved = ImmutableArray.CreateBuilder<ApprovedGoods>();
            var i = 0;
            foreach (var item in list.EnumerateArray())
            {
                var place = string.Create(CultureInfo.InvariantCulture, $"covers[{i++}]");
                if (item.ValueKind != JsonValueKind.Object) throw new CheckFormatException($"{place} must be an object");
                var entry = At(place, () =>
                {
                    var text = OptionalString(item, "hs");
                    HsCode code = default;
                    if (text is not null && !HsCode.TryParse(text, out code)) throw new CheckFormatException($"hs '{text}' is not an HS code of 2, 4, 5 or 6 digits");
                    return text is null ? null : new ApprovedGoods(code, OptionalNumber(item, "quantity"), OptionalEnum(item, "unit", "goods.unit"));
                });
                if (entry is not null) approved.Add(entry);
            }
            covers = approved.ToImmutable();
        }
        return new CommitteeApproval(OptionalString(e, "id"), OptionalDate(e, "granted_on"), OptionalDate(e, "valid_until"), covers);
    }

    private static CapUsage ReadUsage(JsonElement e) => e.ValueKind == JsonValueKind.Object
        ? new CapUsage(OptionalNumber(e, "value_usd"), OptionalNumber(e, "quantity"), OptionalEnum(e, "unit", "goods.unit"), OptionalDate(e, "as_of"))
        : throw new CheckFormatException("must be an object");

    // The Committee Secretary's notices are issued at 75, 90 and 95 percent; anything from 0 to 100 is read as given.
    private static int ReadNotice(JsonElement e) =>
        e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out var n) && n % 1 == 0 && n is >= 0 and <= 100
            ? (int)n
            : throw new CheckFormatException("must be a whole percentage from 0 to 100");

    private static FrozenDictionary<string, T> ReadMap<T>(JsonElement? context, string name, Func<JsonElement, T> read)
    {
        if (context is not { } c || Property(c, name) is not { } map) return FrozenDictionary<string, T>.Empty;
        if (map.ValueKind != JsonValueKind.Object) throw new CheckFormatException($"context.{name} must be an object keyed by cap id");
        var values = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var property in map.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Null) continue;
            var place = $"context.{name}.{property.Name}";
            try
            {
                values[property.Name] = read(property.Value);
            }
            catch (CheckFormatException e)
            {
                // "must be an object" is said of the entry itself; anything else names a field inside it.
                throw new CheckFormatException(e.Message.StartsWith("must ", StringComparison.Ordinal) ? $"{place} {e.Message}" : $"{place}.{e.Message}");
            }
        }
        return values.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static ImmutableArray<T> ReadList<T>(JsonElement root, string name, Func<JsonElement, T> read)
    {
        if (Property(root, name) is not { } list) return [];
        if (list.ValueKind != JsonValueKind.Array) throw new CheckFormatException($"{name} must be a list");
        var builder = ImmutableArray.CreateBuilder<T>();
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var place = string.Create(CultureInfo.InvariantCulture, $"{name}[{i++}]");
            if (item.ValueKind != JsonValueKind.Object) throw new CheckFormatException($"{place} must be an object");
            builder.Add(At(place, () => read(item)));
        }
        return builder.ToImmutable();
    }

    /// <summary>Runs <paramref name="read"/> and puts <paramref name="place"/> in front of the field its error names.</summary>
    private static T At<T>(string place, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (CheckFormatException e)
        {
            throw new CheckFormatException($"{place}.{e.Message}");
        }
    }

    private static void RefuseDuplicateKeys(JsonElement element, string place)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    var path = place.Length == 0 ? property.Name : $"{place}.{property.Name}";
                    if (!seen.Add(property.Name))
                        throw new CheckFormatException($"{path} is given twice: a key may appear once in an object");
                    RefuseDuplicateKeys(property.Value, path);
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                    RefuseDuplicateKeys(item, string.Create(CultureInfo.InvariantCulture, $"{place}[{i++}]"));
                break;
        }
    }

    private static JsonElement? Property(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static JsonElement? ObjectProperty(JsonElement e, string name) => Property(e, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Object } o => o,
        _ => throw new CheckFormatException($"{name} must be an object"),
    };

    private static string RequiredString(JsonElement e, string name) =>
        OptionalString(e, name) ?? throw new CheckFormatException($"{name} is required");

    private static string? OptionalString(JsonElement e, string name) => Property(e, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        _ => throw new CheckFormatException($"{name} must be a string"),
    };

    private static string? OptionalEnum(JsonElement e, string name, string vocabulary) =>
        OptionalString(e, name) is { } value ? EnumValue(value, name, vocabulary) : null;

    private static string EnumValue(string value, string name, string vocabulary) =>
        FactsVocabulary.Enums[vocabulary].Contains(value) ? value : throw NotOneOf(name, value, FactsVocabulary.Enums[vocabulary]);

    private static CheckFormatException NotOneOf(string name, string value, IEnumerable<string> allowed, string where = "") =>
        new($"{name} '{value}' is not one of {string.Join(", ", allowed.Order(StringComparer.Ordinal))}{where}");

    private static double? OptionalNumber(JsonElement e, string name) => Property(e, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } n => Number(n, name),
        _ => throw new CheckFormatException($"{name} must be a number"),
    };

    // Every number of the format is an amount, a count or a value: 1e400 (read as infinity) or a negative quantity
    // would make a cap's remainder grow instead of shrink.
    private static double Number(JsonElement n, string name) =>
        !n.TryGetDouble(out var value) || !double.IsFinite(value)
            ? throw new CheckFormatException($"{name} {n.GetRawText()} is not a finite number")
            : value < 0
                ? throw new CheckFormatException($"{name} {n.GetRawText()} is negative: it must be 0 or more")
                : value;

    private static bool? OptionalBool(JsonElement e, string name) => Property(e, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => throw new CheckFormatException($"{name} must be true or false"),
    };

    private static DateOnly RequiredDate(JsonElement e, string name) =>
        OptionalDate(e, name) ?? throw new CheckFormatException($"{name} is required");

    private static DateOnly? OptionalDate(JsonElement e, string name) => Property(e, name) is { } value ? OptionalDate(name, value) : null;

    private static DateOnly OptionalDate(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        JsonValueKind.String => throw new CheckFormatException($"{name} '{value.GetString()}' is not a date (YYYY-MM-DD)"),
        _ => throw new CheckFormatException($"{name} must be a date string (YYYY-MM-DD)"),
    };

    /// <summary>A malformed check; the message starts with the field's place relative to where it was thrown
    /// (<see cref="At{T}"/> puts the enclosing place in front).</summary>
    private sealed class CheckFormatException(string message) : Exception(message);
}
