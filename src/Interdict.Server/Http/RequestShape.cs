using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Interdict.Server.Http;

/// <summary>Answers, before authentication, the requests no endpoint can take: 404 for a route that does not exist,
/// 415 for a content type the endpoint does not accept or a JSON body in another charset than UTF-8 (the framework
/// would throw on <c>charset=bogus</c>: a 500), each as ProblemDetails naming the place.</summary>
/// <remarks>404 comes before authentication on purpose, whoever asks: the routes are public (the OpenAPI document is
/// anonymous), so saying that one does not exist reveals nothing, and a caller with a typo learns it is a typo, not a
/// missing role. A route that exists but is missing from <see cref="Access.AccessTable"/> is still refused to
/// everyone. Nothing after this middleware serves requests without an endpoint (no static files), so a missing
/// endpoint here is a final 404.</remarks>
sealed class RequestShape(RequestDelegate next, IProblemDetailsService problems)
{
    public Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is null)
            return WriteAsync(context, StatusCodes.Status404NotFound, "Not found", "route",
                $"no endpoint {context.Request.Method} {context.Request.Path.Value}: the routes are listed in docs/api.md and at /openapi/v1.json");
        if (endpoint.DisplayName?.StartsWith("415 ", StringComparison.Ordinal) == true)
            return WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Content-Type",
                $"'{context.Request.ContentType}' is not accepted here: send application/json (UTF-8), or for uploads multipart/form-data or the raw file");
        var contentType = context.Request.ContentType;
        if (!string.IsNullOrEmpty(contentType))
        {
            if (!MediaTypeHeaderValue.TryParse(contentType, out var type))
                return WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Content-Type",
                    $"'{contentType}' is not a media type (type/subtype; parameters)");
            var charset = type.Charset;
            var json = type.SubType.Equals("json", StringComparison.OrdinalIgnoreCase) || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase);
            if (json && charset.HasValue && !IsUtf8(HeaderUtilities.RemoveQuotes(charset).Value))
                return WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Content-Type",
                    $"charset '{charset.Value}' is not supported: JSON is read as UTF-8 (send charset=utf-8, or no charset)");
        }
        return next(context);
    }

    static bool IsUtf8(string? charset) =>
        string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase) || string.Equals(charset, "utf8", StringComparison.OrdinalIgnoreCase);

    async Task WriteAsync(HttpContext context, int status, string title, string field, string message)
    {
        context.Response.StatusCode = status;
        var details = new ProblemDetails { Status = status, Title = title, Detail = $"{field}: {message}" };
        details.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message] };
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details }).ConfigureAwait(false);
    }
}
