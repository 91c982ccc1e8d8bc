using Interdict.Core.Alerts;

namespace Interdict.Server.Console;

/// <summary>The orders of the alert queue: newest first (the default), oldest first, highest score first, by state
/// (open, then proposed, then decided), each with the alert id as the tie-break so that paging is stable.</summary>
static class AlertSort
{
    /// <summary>Each order's value in the query string and its words.</summary>
    public static readonly (string Value, string Text)[] Choices =
    [
        ("newest", "newest first"), ("oldest", "oldest first"), ("score", "highest score first"), ("state", "state (open first)"),
    ];

    /// <summary>Reads the <c>sort</c> parameter; blank is newest first.</summary>
    public static bool TryParse(string? text, out string sort)
    {
        sort = string.IsNullOrEmpty(text) ? "newest" : text;
        var value = sort;
        return Choices.Any(c => c.Value == value);
    }

    /// <summary>The alerts in the order <paramref name="sort"/>.</summary>
    public static IReadOnlyList<Alert> Apply(IEnumerable<Alert> alerts, string sort) => sort switch
    {
        "oldest" => [.. alerts.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)],
        "score" => [.. alerts.OrderByDescending(a => a.Score).ThenBy(a => a.Id)],
        "state" => [.. alerts.OrderBy(a => a.State).ThenByDescending(a => a.Score).ThenBy(a => a.Id)],
        _ => [.. alerts.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id)],
    };

    /// <summary>What happened to one alert of a decision on several (or, with id 0, why none was decided).</summary>
    public sealed record Result(long Id, bool Done, string Message);
}
