using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Interdict.Server.Http;

/// <summary>Writes every instant of the API in UTC with a <c>Z</c> (<c>2026-02-27T00:00:09Z</c>, fractions only when
/// there are some), whatever offset it was stored or published with: a list generated at <c>-04:00</c> and an alert
/// raised at <c>+00:00</c> then compare as text. Reads any ISO 8601 instant with an offset.</summary>
sealed class UtcTimeConverter : JsonConverter<DateTimeOffset>
{
    const string Format = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture));
    }
}
