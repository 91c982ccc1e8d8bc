using Interdict.Hosting.Jobs;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Interdict.Server.Http;

/// <summary>A request whose job was taken over by another process (this one held it past its lease: a long index
/// rebuild, a pause) is not an error of the server: what the request committed stays committed and the other process
/// runs the job to its end. The answer is 202 Accepted, naming the job to follow (<c>GET /v1/jobs/{id}</c>), not a 500.</summary>
sealed class JobLostExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not JobLostException lost) return false;
        var details = new ProblemDetails
        {
            Status = StatusCodes.Status202Accepted,
            Title = "The work continues in another process",
            Detail = $"{lost.Message} What this request stored is kept; follow the job at /v1/jobs/{lost.JobId}.",
        };
        details.Extensions["job"] = lost.JobId;
        httpContext.Response.StatusCode = StatusCodes.Status202Accepted;
        httpContext.Response.Headers.Location = $"/v1/jobs/{lost.JobId}";
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception })
            .ConfigureAwait(false);
    }
}
