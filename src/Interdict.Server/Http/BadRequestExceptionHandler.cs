using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Interdict.Server.Http;

/// <summary>Turns the framework's request errors into ProblemDetails with a clear message: malformed JSON names the
/// field (<c>$.threshold</c>) and what was expected, an oversize body is 413. Any other exception is a bug and is left
/// to the default handler (500, without details).</summary>
sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;
        var details = new ProblemDetails { Status = bad.StatusCode };
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            details.Title = "The request is too large";
            details.Detail = "The request body is larger than this endpoint accepts; see docs/api.md (limits), or split the batch.";
        }
        else if (bad.InnerException is JsonException json)
        {
            var field = FieldOf(json.Path);
            details.Title = "The request body is not valid JSON for this endpoint";
            details.Detail = field is null ? Clean(json.Message) : $"{field}: {Clean(json.Message)}";
            if (field is not null) details.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [Clean(json.Message)] };
        }
        else
        {
            details.Title = "The request is not valid";
            details.Detail = bad.Message;
        }
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception })
            .ConfigureAwait(false);
    }

    /// <summary><c>$.queries[2].name</c> → <c>queries[2].name</c>; null for the root.</summary>
    static string? FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? null : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    /// <summary>The serializer's message in the API's words, without .NET type names.</summary>
    static string Clean(string message)
    {
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal)) return "this field is not part of the request (check its spelling: fields are snake_case)";
        if (message.Contains("could not be converted", StringComparison.Ordinal)) return "the value has the wrong JSON type for this field (see the API reference)";
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
