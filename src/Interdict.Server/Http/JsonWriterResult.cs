using System.Text.Json;
using Interdict.Hosting.Screening;

namespace Interdict.Server.Http;

/// <summary>A 200 response written straight to the body with a <see cref="Utf8JsonWriter"/>, so that responses holding
/// matches use the one writer the CLI uses too (<see cref="MatchJson"/>) without an intermediate object graph.</summary>
sealed class JsonWriterResult(Action<Utf8JsonWriter> write, int statusCode = StatusCodes.Status200OK) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        await using (var json = new Utf8JsonWriter(response.BodyWriter, MatchJson.WriterOptions))
        {
            write(json);
        }
        await response.BodyWriter.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }
}
