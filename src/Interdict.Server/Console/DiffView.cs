using System.Globalization;
using Interdict.Core.Lists;
using Interdict.Lists;

namespace Interdict.Server.Console;

/// <summary>One page of a list diff as the lists page shows it: the added, removed and changed entries in one table,
/// filtered by change, regime and text, with each changed field's old and new value.</summary>
sealed class DiffView
{
    public const int PageSize = 50;

    /// <summary>One entry of the diff: the change, the entry before (null when added) and after (null when removed).</summary>
    public sealed record Row(string Change, ListEntry? Before, ListEntry? After, IReadOnlyList<FieldChange> Fields)
    {
        public ListEntry Entry => After ?? Before!;
    }

    /// <summary>A changed field: its name in words, the old value and the new one.</summary>
    public sealed record FieldChange(string Field, string Old, string New);

    public required IReadOnlyList<Row> Rows { get; init; }
    public required int Matching { get; init; }
    public required int Offset { get; init; }
    public required IReadOnlyList<string> Regimes { get; init; }

    public static readonly string[] Changes = ["added", "removed", "changed"];

    /// <summary>The page at <paramref name="offset"/> of the rows that pass the filters (blank: no filter).</summary>
    public static DiffView Of(ListDiff diff, string? change, string? regime, string? text, int offset)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var all = diff.Added.Select(e => new Row("added", null, e, []))
            .Concat(diff.Removed.Select(e => new Row("removed", e, null, [])))
            .Concat(diff.Changed.Select(c => new Row("changed", c.Before, c.After, [.. c.Fields.Select(f => new FieldChange(FieldName(f), Value(c.Before, f), Value(c.After, f)))])));
        var regimes = diff.Added.Concat(diff.Removed).Concat(diff.Changed.Select(c => c.After))
            .SelectMany(e => e.Regimes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var matching = all.Where(r =>
            (string.IsNullOrEmpty(change) || r.Change == change)
            && (string.IsNullOrEmpty(regime) || r.Entry.Regimes.Contains(regime, StringComparer.Ordinal) || (r.Before?.Regimes.Contains(regime, StringComparer.Ordinal) ?? false))
            && (string.IsNullOrWhiteSpace(text) || Mentions(r, text.Trim()))).ToList();
        var start = Math.Clamp(offset, 0, Math.Max(0, matching.Count - 1));
        return new DiffView { Rows = [.. matching.Skip(start).Take(PageSize)], Matching = matching.Count, Offset = start, Regimes = regimes };
    }

    static bool Mentions(Row row, string text) =>
        row.Entry.Reference.Contains(text, StringComparison.OrdinalIgnoreCase)
        || row.Entry.Names.Any(n => n.Full.Contains(text, StringComparison.OrdinalIgnoreCase))
        || row.Fields.Any(f => f.Old.Contains(text, StringComparison.OrdinalIgnoreCase) || f.New.Contains(text, StringComparison.OrdinalIgnoreCase));

    /// <summary>A field of <see cref="ListEntryChange.Fields"/> in words.</summary>
    static string FieldName(string field) => field switch
    {
        nameof(ListEntry.DatesOfBirth) => "dates of birth",
        nameof(ListEntry.PlacesOfBirth) => "places of birth",
        nameof(ListEntry.ListedOn) => "listed on",
        _ => field.ToLowerInvariant(),
    };

    /// <summary>The value of one field of an entry, as the entity page shows it.</summary>
    static string Value(ListEntry e, string field)
    {
        static string Join(IEnumerable<string> values) => values.Any() ? string.Join("; ", values) : "none";
        static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return field switch
        {
            nameof(ListEntry.Kind) => e.Kind.ToString().ToLowerInvariant(),
            nameof(ListEntry.Names) => Join(e.Names.Select(n => n.Full)),
            nameof(ListEntry.Regimes) => Join(e.Regimes),
            nameof(ListEntry.Titles) => Join(e.Titles),
            nameof(ListEntry.Designations) => Join(e.Designations),
            nameof(ListEntry.DatesOfBirth) => Join(e.DatesOfBirth.Select(d => d.ToString())),
            nameof(ListEntry.PlacesOfBirth) => Join(e.PlacesOfBirth.Select(a => a.ToString())),
            nameof(ListEntry.Nationalities) => Join(e.Nationalities),
            nameof(ListEntry.Addresses) => Join(e.Addresses.Select(a => a.ToString())),
            nameof(ListEntry.Documents) => Join(e.Documents.Select(d => $"{d.Kind} {d.Number}{(d.Country is null ? "" : $" ({d.Country})")}")),
            nameof(ListEntry.Identifiers) => Join(e.Identifiers.Select(i => i.ToString())),
            nameof(ListEntry.Gender) => e.Gender ?? "none",
            nameof(ListEntry.ListedOn) => e.ListedOn is { } d ? Day(d) : "none",
            nameof(ListEntry.Updated) => Join(e.Updated.Select(Day)),
            nameof(ListEntry.Comments) => e.Comments ?? "none",
            _ => "",
        };
    }
}
