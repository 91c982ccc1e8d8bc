using System.CommandLine;
using System.Globalization;
using Interdict.Matching.Screening;

namespace Interdict.Cli;

/// <summary>Options shared by the screening commands.</summary>
static class CliOptions
{
    public static readonly Option<string?> Lists = new("--lists") { Description = "Comma-separated list ids to screen against (un, ofac, ofac-cons, eu, uk, opensanctions); default: every loaded list" };
    public static readonly Option<double?> Threshold = new("--threshold", "-t")
    {
        Description = string.Create(CultureInfo.InvariantCulture, $"Report matches scored at or above this (0..1; default {ScreeningOptions.DefaultThreshold:0.00})"),
    };
    public static readonly Option<string?> AsOf = new("--as-of") { Description = "Screen against the list versions in force on this date (YYYY-MM-DD)" };

    public static bool TryScreeningOptions(ParseResult parse, out ScreeningOptions options)
    {
        options = new ScreeningOptions();
        var threshold = parse.GetValue(Threshold);
        if (threshold is < 0 or > 1)
        {
            CliOutput.UsageError("--threshold must be between 0 and 1");
            return false;
        }
        DateOnly? asOf = null;
        var asOfText = parse.GetValue(AsOf);
        if (asOfText is not null)
        {
            if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                CliOutput.UsageError($"--as-of '{asOfText}' is not a date YYYY-MM-DD");
                return false;
            }
            asOf = date;
        }
        var lists = (parse.GetValue(Lists) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.ToLowerInvariant()).ToArray();
        options = options with
        {
            Threshold = threshold ?? ScreeningOptions.DefaultThreshold,
            AsOf = asOf,
            Lists = lists,
        };
        return true;
    }
}
