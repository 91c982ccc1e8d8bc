using System.Globalization;
using Interdict.Core.Screening;
using Interdict.Hosting.Screening;
using Interdict.Matching.Screening;

namespace Interdict.Server.Endpoints;

/// <summary>Turns a <see cref="ScreenRequest"/> into a query and options, collecting every problem under the field's name.</summary>
static class ScreenRequestReader
{
    /// <summary>The longest name screened over HTTP: the longest listed names have about 150 characters, and the cost of
    /// scoring grows with the length, so a megabyte "name" is refused rather than scored.</summary>
    public const int MaxNameLength = 1000;

    public static bool TryRead(ScreenRequest request, string prefix, ScreeningService screening, IDictionary<string, string[]> errors,
        out PartyQuery? query, out ScreeningOptions? options)
    {
        query = null;
        options = null;
        var before = errors.Count;
        if (string.IsNullOrWhiteSpace(request.Name)) errors[prefix + "name"] = ["a name is required"];
        else if (request.Name.Length > MaxNameLength) errors[prefix + "name"] = [$"{request.Name.Length} characters is more than the {MaxNameLength} a name may have"];
        if (!QueryFields.TryParseKind(request.Type, out var kind, out var error)) errors[prefix + "type"] = [error!];
        if (!QueryFields.TryParseDateOfBirth(request.Dob, out var dob, out error)) errors[prefix + "dob"] = [error!];
        if (request.Threshold is < 0 or > 1 || request.Threshold is double.NaN) errors[prefix + "threshold"] = ["must be between 0 and 1"];
        DateOnly? asOf = null;
        if (request.AsOf is not null)
        {
            if (DateOnly.TryParseExact(request.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) asOf = date;
            else errors[prefix + "as_of"] = [$"'{request.AsOf}' is not a date YYYY-MM-DD"];
        }
        string[] lists = [.. (request.Lists ?? []).Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0)];
        if (!screening.TryCheckLists(lists, out error)) errors[prefix + "lists"] = [error!];
        if (errors.Count > before) return false;
        query = new PartyQuery(request.Name!, kind) { DateOfBirth = dob, Nationality = string.IsNullOrWhiteSpace(request.Nationality) ? null : request.Nationality };
        options = new ScreeningOptions { Threshold = request.Threshold ?? ScreeningOptions.DefaultThreshold, AsOf = asOf, Lists = lists };
        return true;
    }
}
