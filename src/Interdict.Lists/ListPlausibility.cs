using System.Globalization;
using Interdict.Core.Lists;

namespace Interdict.Lists;

/// <summary>The rules a parsed list version must pass before it may be stored and served: the one place every import
/// path (<c>interdict lists import</c> and <c>lists update</c>, <c>POST /v1/lists/import</c>, the console's upload) asks.</summary>
/// <remarks>
/// <para>A version is refused when:</para>
/// <list type="number">
/// <item><description>its file did not parse as its format (the parser's failure, with its place, is passed through:
/// malformed or truncated XML, invalid UTF-8, a row of <c>sdn.csv</c> cut in the middle, XML in <c>sdn.csv</c>,
/// binary bytes, duplicate references, companion files that name entries <c>sdn.csv</c> lacks: see the parsers);</description></item>
/// <item><description>it holds no entries;</description></item>
/// <item><description>it is dated before <see cref="Earliest"/> (no list this engine reads was published then: a date
/// that old is a broken default or a typo), or after tomorrow by <see cref="Now"/> (nobody publishes in the future;
/// one day of slack covers publishers' time zones);</description></item>
/// <item><description>it would replace the version in force (it is newer than every loaded version of its list) and
/// holds fewer entries than it by more than <see cref="MaxShrinkShare"/> — the signature of a truncated or partial file —
/// unless the operator confirmed the shrink after seeing the diff.</description></item>
/// </list>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="Now">The current instant, from the injected clock.</param>
/// <param name="MaxShrinkShare">The largest share, 0..1, by which a new version may shrink the list in force without
/// confirmation; default <see cref="DefaultMaxShrinkShare"/> (setting <c>Interdict:Lists:MaxShrinkShare</c>).</param>
public sealed record ListPlausibility(DateTimeOffset Now, double MaxShrinkShare = ListPlausibility.DefaultMaxShrinkShare)
{
    /// <summary>25 %: the real UN update 2018-10-29 → 2026-02-27 shrinks the list by 8 %; the truncated files
    /// an attacker or a broken download produce shrink it by 44–100 %.</summary>
    public const double DefaultMaxShrinkShare = 0.25;

    /// <summary>The earliest generation date accepted: 2000-01-01.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <summary>The latest generation date accepted: tomorrow, by <see cref="Now"/> (UTC).</summary>
    public DateOnly Latest => DateOnly.FromDateTime(Now.UtcDateTime).AddDays(1);

    /// <summary>Checks a parsed version.</summary>
    /// <param name="result">The parse result.</param>
    /// <param name="inForce">The newest loaded version of the same list, if any: the one a newer version replaces.</param>
    /// <param name="allowShrink">The operator confirmed a shrink beyond <see cref="MaxShrinkShare"/>.</param>
    /// <returns>Null when the version may be stored; otherwise why not, and where.</returns>
    public ListRefusal? Check(ImportResult result, ListSnapshot? inForce, bool allowShrink)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Success) return new ListRefusal(result.Failure, null);
        var snapshot = result.Snapshot;
        var version = snapshot.Version;
        if (snapshot.Entries.IsEmpty)
        {
            return Refuse(result, null, $"The file holds no entries: a list with nothing on it would delist every entry. Nothing was imported.");
        }
        if (version.Date < Earliest || version.Date > Latest)
        {
            var why = version.Date < Earliest
                ? $"before {Earliest:yyyy-MM-dd}, earlier than any list this engine reads"
                : $"after tomorrow ({Latest:yyyy-MM-dd}) by this server's clock: a list is not published in the future";
            return Refuse(result, DateField(result),
                string.Create(CultureInfo.InvariantCulture, $"The version is dated {version.Label}, {why}. Nothing was imported."));
        }
        if (inForce is null || allowShrink || version.Generated <= inForce.Version.Generated) return null;
        var before = inForce.Entries.Length;
        var after = snapshot.Entries.Length;
        var share = before == 0 ? 0 : (before - after) / (double)before;
        if (share <= MaxShrinkShare) return null;
        var diff = ListDiff.Compute(inForce, snapshot);
        var message = FormattableString.Invariant(
                $"This version would shrink the list in force ({inForce.Version}, {before:N0} entries) by {share:P0} to {after:N0} entries ")
            + FormattableString.Invariant(
                $"({diff.Added.Length} added, {diff.Removed.Length} removed, {diff.Changed.Length} changed), more than the {MaxShrinkShare:P0} allowed ")
            + "without confirmation (Interdict:Lists:MaxShrinkShare). A truncated or partial file looks like this. "
            + "Nothing was imported; if the shrink is real, import it again confirming it (CLI --allow-shrink, HTTP allow_shrink=true).";
        return new ListRefusal(new ImportIssue(FileOf(result), 0, null, null, null, message), diff);
    }

    /// <summary>Where a version's date comes from, as its format said (<see cref="IListSource.DateField"/>); <c>date</c>
    /// (the date given at import) for a result made by hand.</summary>
    static string DateField(ImportResult result) => result.DatedBy?.Field ?? "date";

    static ListRefusal Refuse(ImportResult result, string? element, string message) =>
        new(new ImportIssue(FileOf(result), 0, null, element, null, message), null);

    /// <summary>The file a rule about the whole version points to: the file its date was read from (for OFAC's CSV,
    /// whose origin is the folder, <c>sdn.csv</c>, which holds the entries); else the version's origin.</summary>
    static string FileOf(ImportResult result) => result.DatedBy?.File ?? result.Snapshot!.Version.Origin;
}

/// <summary>Why a list version was refused.</summary>
/// <param name="Reason">What is wrong and where (file, line, element, record).</param>
/// <param name="Shrink">When the only fault is that the version shrinks the list in force too much: the diff against
/// it. The operator may then confirm the shrink and import again.</param>
public sealed record ListRefusal(ImportIssue Reason, ListDiff? Shrink)
{
    /// <summary>True when the refusal can be overridden by confirming the shrink.</summary>
    public bool NeedsConfirmation => Shrink is not null;
}
