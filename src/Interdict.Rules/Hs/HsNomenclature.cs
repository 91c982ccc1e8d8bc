using System.Collections.Frozen;
using System.Reflection;

namespace Interdict.Rules.Hs;

/// <summary>The HS nomenclature (2022 edition, chapters, headings and subheadings) shipped with the engine.</summary>
/// <remarks>Immutable and thread-safe once loaded.</remarks>
public sealed class HsNomenclature
{
    private readonly FrozenDictionary<string, HsEntry> _byDigits;
    private readonly FrozenDictionary<string, string> _sections;
    private readonly HsEntry[] _entries;

    private HsNomenclature(HsEntry[] entries, FrozenDictionary<string, string> sections)
    {
        _entries = entries;
        _byDigits = entries.ToFrozenDictionary(e => e.Code.Digits, StringComparer.Ordinal);
        _sections = sections;
    }

    /// <summary>Every entry, in nomenclature order.</summary>
    public IReadOnlyList<HsEntry> Entries => _entries;

    /// <summary>The nomenclature embedded in this assembly (read once, then shared).</summary>
    public static HsNomenclature Embedded => LazyEmbedded.Value;

    private static readonly Lazy<HsNomenclature> LazyEmbedded = new(() =>
    {
        var assembly = typeof(HsNomenclature).Assembly;
        return Read(ReadResource(assembly, "hs/harmonized-system.csv"), ReadResource(assembly, "hs/sections.csv"));
    });

    /// <summary>Parses the nomenclature from the CSV texts (<c>section,hscode,description,parent,level</c> and <c>section,name</c>).</summary>
    public static HsNomenclature Read(string codesCsv, string sectionsCsv)
    {
        var entries = new List<HsEntry>();
        foreach (var row in Csv.Rows(codesCsv).Skip(1))
        {
            if (row.Count < 3 || !HsCode.TryParse(row[1], out var code)) continue;
            entries.Add(new HsEntry(code, row[2], row[0]));
        }
        var sections = Csv.Rows(sectionsCsv).Skip(1).Where(r => r.Count >= 2)
            .ToFrozenDictionary(r => r[0].Trim('\uFEFF'), r => r[1], StringComparer.Ordinal);
        return new HsNomenclature([.. entries], sections);
    }

    /// <summary>The entry of a code, or null when the nomenclature does not have it.</summary>
    public HsEntry? Find(HsCode code) => code.Digits is not null && _byDigits.TryGetValue(code.Digits, out var entry) ? entry : null;

    /// <summary>True when the nomenclature has the code.</summary>
    public bool Contains(HsCode code) => Find(code) is not null;

    /// <summary>True when <paramref name="code"/> names goods of the nomenclature: an entry, or (5 digits) a one-dash
    /// subheading, which the nomenclature lists only through the subheadings under it. Chapter 99 ("commodities not
    /// specified according to kind", section TOTAL) is a statistical code of trade data, not an HS code: it names none.</summary>
    public bool Names(HsCode code) =>
        Find(code) is { Section: not NotSpecifiedSection }
        || code.Level == 5 && _entries.Any(e => e.Section != NotSpecifiedSection && code.Covers(e.Code));

    /// <summary>The section the trade-statistics code 99 ("commodities not specified according to kind") is filed under.</summary>
    const string NotSpecifiedSection = "TOTAL";

    /// <summary>The name of a section (<c>V</c> → mineral products).</summary>
    public string? SectionName(string section) => _sections.TryGetValue(section, out var name) ? name : null;

    /// <summary>The entry and its ancestors, chapter first.</summary>
    public IReadOnlyList<HsEntry> Lineage(HsCode code)
    {
        var chain = new List<HsEntry>();
        for (HsCode? current = code; current is { } c; current = c.Parent)
        {
            if (Find(c) is { } entry) chain.Insert(0, entry);
        }
        return chain;
    }

    /// <summary>The codes one level below <paramref name="code"/> (the subheadings under a one-dash subheading).</summary>
    public IReadOnlyList<HsEntry> Children(HsCode code) =>
        [.. _entries.Where(e => e.Code.Level == Math.Min(code.Level + 2, 6) && e.Code != code && code.Covers(e.Code))];

    /// <summary>Entries whose description contains every word of <paramref name="text"/> (case-insensitive): those where
    /// the words stand as whole words first ("coal" before "charcoal"), then the most general.</summary>
    public IReadOnlyList<HsEntry> Search(string text, int limit = 50)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. _entries
            .Where(e => words.All(w => e.Description.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(e => words.All(w => HasWholeWord(e.Description, w)) ? 0 : 1)
            .ThenBy(e => e.Code.Level)
            .Take(limit)];
    }

    private static bool HasWholeWord(string description, string word)
    {
        for (var at = description.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = description.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var startsWord = at == 0 || !char.IsLetter(description[at - 1]);
            var endsWord = at + word.Length == description.Length || !char.IsLetter(description[at + word.Length]);
            if (startsWord && endsWord) return true;
        }
        return false;
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
