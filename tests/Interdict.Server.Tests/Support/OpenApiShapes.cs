using System.Text.Json;

namespace Interdict.Server.Tests.Support;

/// <summary>Checks a JSON value against a schema of the service's OpenAPI document: the subset the document uses
/// (<c>$ref</c>, <c>oneOf</c>, <c>type</c>, <c>properties</c>, <c>required</c>, <c>items</c>). A property the schema does
/// not declare is an error unless it allows additional properties: the document must describe every field the service
/// writes, not only the ones someone remembered.</summary>
sealed class OpenApiShapes(JsonElement document)
{
    /// <summary>The schema of an operation's answer for a status code.</summary>
    public JsonElement ResponseSchema(string method, string path, int status) =>
        document.GetProperty("paths").GetProperty(path).GetProperty(method.ToLowerInvariant())
            .GetProperty("responses").GetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .GetProperty("content").GetProperty("application/json").GetProperty("schema");

    /// <summary>Every way <paramref name="value"/> departs from <paramref name="schema"/>, each naming its JSON path.</summary>
    public List<string> Check(JsonElement value, JsonElement schema, string at = "$")
    {
        var errors = new List<string>();
        Check(value, schema, at, errors);
        return errors;
    }

    void Check(JsonElement value, JsonElement schema, string at, List<string> errors)
    {
        schema = Resolve(schema);
        if (schema.TryGetProperty("oneOf", out var choices))
        {
            var attempts = choices.EnumerateArray().Select(choice => Check(value, choice, at)).ToList();
            if (!attempts.Any(a => a.Count == 0)) errors.AddRange(attempts.MinBy(a => a.Count)!);
            return;
        }
        if (schema.TryGetProperty("type", out var type) && !Types(type).Any(t => Is(value, t)))
        {
            errors.Add($"{at}: {value.ValueKind} where the schema says {type}");
            return;
        }
        if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties))
        {
            var open = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind != JsonValueKind.False;
            foreach (var property in value.EnumerateObject())
            {
                if (properties.TryGetProperty(property.Name, out var propertySchema)) Check(property.Value, propertySchema, $"{at}.{property.Name}", errors);
                else if (!open) errors.Add($"{at}.{property.Name}: not in the schema");
            }
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                {
                    if (!value.TryGetProperty(name, out _)) errors.Add($"{at}.{name}: required by the schema, missing");
                }
            }
        }
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray()) Check(item, items, $"{at}[{i++}]", errors);
        }
    }

    JsonElement Resolve(JsonElement schema)
    {
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!["#/components/schemas/".Length..];
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(name);
        }
        return schema;
    }

    static IEnumerable<string> Types(JsonElement type) =>
        type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!) : [type.GetString()!];

    static bool Is(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => false,
    };
}
