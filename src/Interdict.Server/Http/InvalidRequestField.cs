namespace Interdict.Server.Http;

/// <summary>A request that cannot be read, thrown where it is found (deep in an upload) and answered 400 by
/// <see cref="BadRequestExceptionHandler"/> with <see cref="Field"/> named in the problem's <c>errors</c>.</summary>
/// <param name="field">The place: a parameter, a header (<c>Content-Type</c>) or <c>body</c>.</param>
/// <param name="message">What is wrong with it, in the API's words (never a server path or a .NET type).</param>
sealed class InvalidRequestField(string field, string message)
    : BadHttpRequestException($"{field}: {message}", StatusCodes.Status400BadRequest)
{
    public string Field { get; } = field;

    public string Problem { get; } = message;
}
