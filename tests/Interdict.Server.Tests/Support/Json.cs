using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Interdict.Server.Tests.Support;

/// <summary>HTTP helpers: send JSON, read the response as a JsonElement, and check status with the body in the message.</summary>
static class Json
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(this HttpClient client, string url, object body)
    {
        using var response = await client.PostAsJsonAsync(url, body);
        return (response.StatusCode, await ReadAsync(response));
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostRawAsync(this HttpClient client, string url, string json, string contentType = "application/json")
    {
        using var response = await client.PostAsync(url, new StringContent(json, Encoding.UTF8, contentType));
        return (response.StatusCode, await ReadAsync(response));
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> PutAsync(this HttpClient client, string url, object body)
    {
        using var response = await client.PutAsJsonAsync(url, body);
        return (response.StatusCode, await ReadAsync(response));
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> GetJsonAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return (response.StatusCode, await ReadAsync(response));
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> UploadAsync(this HttpClient client, string url, string path, string? fileName = null)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(path)), "file", fileName ?? Path.GetFileName(path));
        using var response = await client.PostAsync(url, form);
        return (response.StatusCode, await ReadAsync(response));
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (string.IsNullOrWhiteSpace(text)) return default;
        try
        {
            return JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonDocument.Parse(JsonSerializer.Serialize(new { text })).RootElement.Clone();
        }
    }

    public static void Is(this (HttpStatusCode Status, JsonElement Body) response, HttpStatusCode expected) =>
        Assert.True(response.Status == expected, $"expected {(int)expected} {expected}, got {(int)response.Status} {response.Status}: {response.Body}");

    public static string Str(this JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
