using System.Collections.Frozen;
using System.Text;

namespace Interdict.Matching.Normalization;

/// <summary>The name knowledge of data/names/, embedded in the assembly and read on first use: given-name
/// equivalence classes, titles and legal forms (each table's conventions and sources in data/names/README.md).</summary>
/// <remarks>Every spelling and form is normalised as names are (<see cref="NameNormalizer.Words"/>), so the tables
/// may be written with diacritics, in Cyrillic or in Arabic script, and meet words exactly as the matcher sees them.</remarks>
static class NameTables
{
    static readonly Lazy<FrozenDictionary<string, int[]>> s_givenNames = new(LoadGivenNames);
    static readonly Lazy<string[][]> s_classes = new(() => ReadClasses("names/given-names.tsv"));
    static readonly Lazy<FrozenDictionary<string, Phrase[]>> s_phrases = new(LoadPhrases);

    /// <summary>The given-name classes a word belongs to; null when the table does not know it.</summary>
    public static int[]? GivenNameClasses(string word) => s_givenNames.Value.TryGetValue(word, out var classes) ? classes : null;

    /// <summary>The spellings of one given-name class.</summary>
    public static string[] GivenNameClass(int id) => s_classes.Value[id];

    /// <summary>The title and legal-form phrases that begin with <paramref name="word"/>, longest first.</summary>
    public static Phrase[]? PhrasesStartingWith(string word) => s_phrases.Value.TryGetValue(word, out var phrases) ? phrases : null;

    /// <summary>Whether some title or legal-form phrase begins with <paramref name="word"/>.</summary>
    public static bool StartsPhrase(ReadOnlySpan<char> word) => s_phrases.Value.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    static FrozenDictionary<string, int[]> LoadGivenNames()
    {
        var classes = s_classes.Value;
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < classes.Length; id++)
        {
            foreach (var spelling in classes[id])
            {
                if (!byWord.TryGetValue(spelling, out var ids)) byWord[spelling] = ids = [];
                if (!ids.Contains(id)) ids.Add(id);
            }
        }
        return byWord.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>One class per line; a spelling that normalises to several words (or none) is a defect of the table.</summary>
    static string[][] ReadClasses(string resource)
    {
        var classes = new List<string[]>();
        foreach (var (line, number) in Lines(resource))
        {
            var spellings = new List<string>();
            foreach (var written in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var words = NameNormalizer.Words(written);
                if (words.Count != 1) throw new InvalidDataException($"{resource}:{number}: '{written}' is not one word once normalised");
                if (!spellings.Contains(words[0])) spellings.Add(words[0]);
            }
            classes.Add([.. spellings]);
        }
        return [.. classes];
    }

    static FrozenDictionary<string, Phrase[]> LoadPhrases()
    {
        var byFirst = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        foreach (var (resource, kind) in new[] { ("names/legal-forms.tsv", TokenKind.LegalForm), ("names/titles.tsv", TokenKind.Title) })
        {
            foreach (var (line, number) in Lines(resource))
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab <= 0) throw new InvalidDataException($"{resource}:{number}: expected 'canonical<TAB>form|form|…'");
                var canonical = line[..tab];
                foreach (var form in line[(tab + 1)..].Split('|').Append(canonical))
                {
                    var words = NameNormalizer.Words(form).ToArray();
                    if (words.Length == 0) continue;
                    if (!byFirst.TryGetValue(words[0], out var list)) byFirst[words[0]] = list = [];
                    // The first table wins a form written in two (legal forms before titles).
                    if (list.Exists(p => p.Words.AsSpan().SequenceEqual(words))) continue;
                    list.Add(new Phrase(words, canonical, kind));
                }
            }
        }
        return byFirst.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(x => x.Words.Length).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The lines of an embedded table of data/names/, with their numbers; blank lines and <c>#</c> comments left out.</summary>
    internal static IEnumerable<(string Line, int Number)> Lines(string resource)
    {
        using var stream = typeof(NameTables).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var number = 0;
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            yield return (line, number);
        }
    }
}

/// <summary>A title or legal form of one or more words, and the one word it becomes.</summary>
/// <param name="Words">The form's words, normalised.</param>
/// <param name="Canonical">The word every form of the title or legal form becomes.</param>
/// <param name="Kind">Title or legal form.</param>
sealed record Phrase(string[] Words, string Canonical, TokenKind Kind)
{
    /// <summary>A form of short words only (<c>SA</c>, <c>S.A.</c>, <c>sp. z o.o.</c>, <c>PT</c>) is read as a legal form
    /// only at either end of a name with other words: inside a name, or alone, such letters are more often initials or
    /// a name (<c>S. A. Mabanza</c>).</summary>
    public bool OnlyAtEnds => Kind == TokenKind.LegalForm && Words.All(w => w.Length <= 3);
}
