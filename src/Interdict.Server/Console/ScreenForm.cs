using System.Globalization;
using Interdict.Core.Screening;
using Interdict.Hosting.Screening;
using Interdict.Matching.Screening;

namespace Interdict.Server.Console;

/// <summary>Reads the screen page's search box into a query with the API's field readers (<see cref="QueryFields"/>),
/// so a field the API refuses is refused here with the same words.</summary>
static class ScreenForm
{
    public static PartyQuery? TryRead(string name, string? type, string? dob, string? nationality, string? asOfText, out DateOnly? asOf, out string? error)
    {
        asOf = null;
        if (!QueryFields.TryParseKind(type, out var kind, out error)) return null;
        if (!QueryFields.TryParseDateOfBirth(dob, out var date, out error)) return null;
        var country = string.IsNullOrWhiteSpace(nationality) ? null : nationality.Trim().ToUpperInvariant();
        if (country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetter)))
        {
            error = $"nationality '{nationality}' is not a two-letter country code";
            return null;
        }
        if (!string.IsNullOrWhiteSpace(asOfText))
        {
            if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                error = $"as-of date '{asOfText}' is not YYYY-MM-DD";
                return null;
            }
            asOf = day;
        }
        return new PartyQuery(name.Trim(), kind) { DateOfBirth = date, Nationality = country };
    }

    /// <summary>The threshold box: blank is the default, otherwise a score from 0 to 1 (the API's <c>threshold</c>).</summary>
    public static bool TryReadThreshold(string? text, out double threshold, out string? error)
    {
        threshold = ScreeningOptions.DefaultThreshold;
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out threshold) && threshold is >= 0 and <= 1) return true;
        error = $"threshold '{text}' is not a score from 0 to 1";
        return false;
    }
}
