using System.Globalization;

namespace Interdict.Server.Http;

/// <summary>Reads the query-string parameters that list endpoints share (instants, paging), collecting every bad
/// one so that a single ProblemDetails names them all.</summary>
sealed class QueryParameterErrors
{
    readonly Dictionary<string, string[]> _errors = [];

    /// <summary>Records an error against <paramref name="field"/>.</summary>
    public void Add(string field, string message) => _errors[field] = [message];

    /// <summary>A date or ISO 8601 instant (a date alone is midnight UTC); null when absent or not one.</summary>
    public DateTimeOffset? Instant(string? text, string field)
    {
        if (text is null) return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)) return value;
        Add(field, $"'{text}' is not a date or an ISO 8601 instant");
        return null;
    }

    /// <summary>Checks <c>offset ≥ 0</c> and <c>1 ≤ limit ≤ <paramref name="maxLimit"/></c>.</summary>
    public void Paging(int? offset, int? limit, int maxLimit)
    {
        if (offset is < 0) Add("offset", "must be 0 or more");
        if (limit is < 1 || limit > maxLimit) Add("limit", $"must be between 1 and {maxLimit}");
    }

    /// <summary>Checks a score bound: a finite number from 0 to 1 (<c>NaN</c> parses as a double, and is not one).</summary>
    public void Score(double? value, string field)
    {
        if (value is { } v && !(v >= 0 && v <= 1)) Add(field, $"'{v.ToString(CultureInfo.InvariantCulture)}' is not a score from 0 to 1");
    }

    /// <summary>The 400 response naming every bad parameter, or null when all were good.</summary>
    public IResult? Problem => _errors.Count > 0 ? Problems.Fields(_errors) : null;
}
