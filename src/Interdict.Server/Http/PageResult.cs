using System.Text.Json;
using Interdict.Storage;

namespace Interdict.Server.Http;

/// <summary>The JSON of one page of a list endpoint: <c>{"total", "offset", "limit", "&lt;items&gt;": [...]}</c>.</summary>
static class PageResult
{
    public static IResult Of<T>(Page<T> page, string itemsName, Action<Utf8JsonWriter, T> writeItem) => new JsonWriterResult(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("total", page.Total);
        json.WriteNumber("offset", page.Offset);
        json.WriteNumber("limit", page.Limit);
        json.WriteStartArray(itemsName);
        foreach (var item in page.Items) writeItem(json, item);
        json.WriteEndArray();
        json.WriteEndObject();
    });
}
