using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Interdict.Server.Http;

/// <summary>Turns the framework's request errors into ProblemDetails with a clear message: malformed JSON names the
/// field (<c>$.threshold</c>) and what was expected, an oversize body is 413. Any other exception is a bug and is left
/// to the default handler (500, without details).</summary>
sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
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
        else if (bad is InvalidRequestField invalid)
        {
            details.Title = "The request is not valid";
            details.Detail = invalid.Message;
            details.Extensions["errors"] = new Dictionary<string, string[]> { [invalid.Field] = [invalid.Problem] };
        }
        else if (bad.InnerException is JsonException json)
        {
            var field = FieldOf(json.Path);
            details.Title = "The request body is not valid JSON for this endpoint";
            var message = Clean(json);
            details.Detail = field is null ? message : $"{field}: {message}";
            if (field is not null) details.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message] };
        }
        else if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            details.Title = "Unsupported media type";
            details.Detail = $"Content-Type: {bad.Message}";
            details.Extensions["errors"] = new Dictionary<string, string[]> { ["Content-Type"] = [bad.Message] };
        }
        else if (BindingFailure.Match(bad.Message) is { Success: true } failed)
        {
            // "Failed to bind parameter "double? minScore" from "abc"": the parameter by the name the caller used.
            var field = QueryName(httpContext, failed.Groups["name"].Value);
            var message = $"'{failed.Groups["value"].Value}' is not a valid {Describe(failed.Groups["type"].Value)}";
            details.Title = "The request is not valid";
            details.Detail = $"{field}: {message}";
            details.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message] };
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

    [GeneratedRegex("^Failed to bind parameter \"(?<type>[^\"]+) (?<name>[^\" ]+)\" from \"(?<value>.*)\"\\.$", RegexOptions.CultureInvariant | RegexOptions.Singleline, 1000)]
    private static partial Regex BindingFailurePattern();

    static Regex BindingFailure => BindingFailurePattern();

    /// <summary>A handler parameter's name as the caller writes it: its <c>[FromQuery(Name = …)]</c>, else its own.</summary>
    static string QueryName(HttpContext http, string parameter) =>
        http.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>()?.GetParameters().FirstOrDefault(p => p.Name == parameter)
            ?.GetCustomAttribute<FromQueryAttribute>()?.Name ?? parameter;

    static string Describe(string type) => type.TrimEnd('?') switch
    {
        "int" or "long" => "whole number",
        "double" or "decimal" or "float" => "number",
        "bool" => "true or false",
        _ => "value",
    };

    /// <summary>The serializer's message in the API's words, without .NET type names; text that is not UTF-8 said so.</summary>
    static string Clean(JsonException exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e.Message.Contains("UTF-8", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("transcode", StringComparison.OrdinalIgnoreCase))
                return "the text is not valid UTF-8";
        }
        return Clean(exception.Message);
    }

    /// <summary>The serializer's message in the API's words, without .NET type names.</summary>
    static string Clean(string message)
    {
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal)) return "this field is not part of the request (check its spelling: fields are snake_case)";
        if (message.Contains("could not be converted", StringComparison.Ordinal)) return "the value has the wrong JSON type for this field (see the API reference)";
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
