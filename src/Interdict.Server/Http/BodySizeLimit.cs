using Interdict.Hosting;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Interdict.Server.Http;

/// <summary>Refuses a request whose declared <c>Content-Length</c> is over the endpoint's limit with 413 before any of it
/// is read: <c>Interdict:Limits:MaxRequestBodyBytes</c>, or the endpoint's own (imports). A body without a length
/// (chunked) is cut off by the server's per-request limit as it streams in, which also answers 413.</summary>
sealed class BodySizeLimit(RequestDelegate next, IOptions<InterdictOptions> options, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
            ?? options.Value.Limits.MaxRequestBodyBytes;
        if (context.Request.ContentLength is { } length && length > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "The request is too large",
                    Detail = $"The body has {length} bytes; this endpoint accepts at most {limit} (see docs/api.md, limits). Split the batch.",
                },
            }).ConfigureAwait(false);
            return;
        }
        await next(context).ConfigureAwait(false);
    }
}
