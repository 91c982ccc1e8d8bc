using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Interdict.Core.Lists;

namespace Interdict.Lists;

/// <summary>Links the UN list states only in words: a comment (<c>COMMENTS1</c>) saying whom an entry is owned or
/// controlled by, is a subsidiary or front company of, or acts on behalf of (<c>Owned or controlled by, or acts on
/// behalf of, KAA.</c>, <c>Owned by Ahmed Shah Noorzai Obaidullah (TAi.166).</c>). A link is kept only where the text
/// is clear: the named party is itself on the list, named by its reference or by one of its names (an acronym counts
/// when written in capitals), and the sentence is about the entry, not about another party (<c>…, which in turn is
/// owned or controlled by MODAFL</c> is skipped). Each link quotes its sentence (<see cref="PartyLink.Quote"/>) and is
/// held at both ends. docs/sources/un.md, "Links read from comments", gives the patterns and the counts.</summary>
/// <remarks>Hand-written on purpose: the patterns are the UN's own phrasing, measured on the real lists; no library
/// reads them. Stateless and thread-safe.</remarks>
static partial class UnCommentLinks
{
    /// <summary>The role a link read from a comment is given when the comment says an entry acts for another.</summary>
    public const string ActingFor = "acting for or on behalf of";

    /// <summary>The role of the same link at the other end: the party acted for.</summary>
    public const string ActedForBy = "acted for by";

    /// <summary>The role of a front company's link at the other end.</summary>
    public const string FrontCompany = "has as front company";

    /// <summary>Adds to each entry the links its comment states, and their reverse to the entries named.</summary>
    /// <param name="entries">The list's entries, in order.</param>
    /// <returns>The same entries, with links added where a comment states them.</returns>
    public static ImmutableArray<ListEntry> Add(ImmutableArray<ListEntry> entries)
    {
        var byReference = new Dictionary<string, ListEntry>(StringComparer.Ordinal);
        foreach (var entry in entries) byReference.TryAdd(entry.Reference, entry);
        var names = NameTable(entries);
        var added = new Dictionary<string, List<PartyLink>>(StringComparer.Ordinal);
        void Link(ListEntry from, PartyLink link)
        {
            if (!added.TryGetValue(from.Reference, out var list)) added[from.Reference] = list = [];
            if (!list.Any(l => l.Kind == link.Kind && l.Reference == link.Reference) && !from.Links.Any(l => l.Kind == link.Kind && l.Reference == link.Reference)) list.Add(link);
        }
        foreach (var entry in entries)
        {
            if (string.IsNullOrWhiteSpace(entry.Comments)) continue;
            foreach (var (kind, role, quote, reference) in Read(entry.Comments, names, byReference))
            {
                if (reference == entry.Reference) continue;
                var other = byReference[reference];
                Link(entry, new PartyLink(kind, other.PrimaryName.Full, reference, role, Quote: quote));
                // At the other end the same words, read the other way: the owner Owns; the party acted for is "acted for by".
                var reverse = kind == LinkKind.OwnedBy ? role : role == ActingFor ? ActedForBy : FrontCompany;
                Link(other, new PartyLink(kind == LinkKind.OwnedBy ? LinkKind.Owns : LinkKind.LinkedTo, entry.PrimaryName.Full, entry.Reference, reverse, Quote: quote));
            }
        }
        if (added.Count == 0) return entries;
        return [.. entries.Select(e => added.TryGetValue(e.Reference, out var links) ? e with { Links = [.. e.Links, .. links] } : e)];
    }

    /// <summary>The links one comment states: kind, role as written, the sentence, the reference of the party named.</summary>
    internal static IEnumerable<(LinkKind Kind, string Role, string Quote, string Reference)> Read(string comment, IReadOnlyDictionary<string, string?> names, IReadOnlyDictionary<string, ListEntry> byReference)
    {
        var text = Spaces().Replace(comment, " ");
        var at = 0;
        while (Phrase().Match(text, at) is { Success: true } phrase)
        {
            at = phrase.Index + phrase.Length;
            if (AboutAnotherParty(text, phrase.Index)) continue;
            var connector = Connector().Match(text, at);
            var role = IsA().Replace((phrase.Value + connector.Value).Trim().TrimEnd(',').Trim(), "");
            var kind = phrase.Groups["owned"].Success ? LinkKind.OwnedBy : LinkKind.LinkedTo;
            if (kind == LinkKind.LinkedTo && !phrase.Groups["acts"].Value.StartsWith("front", StringComparison.OrdinalIgnoreCase)) role = ActingFor;
            var position = connector.Index + connector.Length;
            // One phrase may name several parties: "on behalf of Tanchon Commercial Bank and KOMID".
            for (var named = 0; named < 5; named++)
            {
                if (Named(text, position, names, byReference) is not var (reference, end)) break;
                yield return (kind, role, Sentence(text, phrase.Index, end), reference);
                at = Math.Max(at, end);
                var more = AnotherName().Match(text, end);
                if (!more.Success) break;
                position = more.Index + more.Length;
            }
        }
    }

    /// <summary>The party named at <paramref name="start"/>: by the reference in brackets after a name
    /// (<c>Ahmed Shah Noorzai Obaidullah (TAi.166)</c>), else by the longest run of words that is one entry's name.
    /// Returns its reference and where the name (and a bracketed acronym after it) ends.</summary>
    static (string Reference, int End)? Named(string text, int start, IReadOnlyDictionary<string, string?> names, IReadOnlyDictionary<string, ListEntry> byReference)
    {
        var referenced = NameAndReference().Match(text, start);
        if (referenced.Success && byReference.ContainsKey(referenced.Groups["ref"].Value)) return (referenced.Groups["ref"].Value, referenced.Index + referenced.Length);
        var words = new List<Match>();
        foreach (Match word in Word().Matches(text[start..Math.Min(text.Length, start + 200)]))
        {
            if (words.Count == 0 && word.Value.Equals("the", StringComparison.OrdinalIgnoreCase)) continue;
            words.Add(word);
            if (words.Count == 12) break;
        }
        for (var count = words.Count; count >= 1; count--)
        {
            // The words must follow each other with nothing but spaces, hyphens, dots, quotes or "&" between them.
            if (!Contiguous(text, start, words, count)) continue;
            var key = Key(words.Take(count).Select(w => w.Value));
            if (!names.TryGetValue(key, out var reference) || reference is null) continue;
            // One word names a party only as an acronym written in capitals (KOMID, KAA): "Bank" alone names nobody.
            if (count == 1 && (words[0].Value.Length < 3 || words[0].Value.Any(char.IsLower))) continue;
            var end = start + words[count - 1].Index + words[count - 1].Length;
            var acronym = BracketedAcronym().Match(text, end);
            return (reference, acronym.Success ? acronym.Index + acronym.Length : end);
        }
        return null;
    }

    static bool Contiguous(string text, int start, List<Match> words, int count)
    {
        for (var i = 1; i < count; i++)
        {
            var gap = text.AsSpan(start + words[i - 1].Index + words[i - 1].Length, words[i].Index - words[i - 1].Index - words[i - 1].Length);
            foreach (var c in gap)
            {
                if (c is not (' ' or '-' or '.' or '&' or '\'' or '’' or '"' or '“' or '”')) return false;
            }
        }
        return true;
    }

    /// <summary>True when the phrase is in a relative clause about another party (<c>which in turn is owned by</c>,
    /// <c>a company that was owned by</c>, <c>whose</c>…): read from the last comma, semicolon or full stop before it.</summary>
    static bool AboutAnotherParty(string text, int index)
    {
        var clauseStart = text.LastIndexOfAny([',', ';', '.'], Math.Max(0, index - 1)) + 1;
        return RelativeClause().IsMatch(text.AsSpan(clauseStart, index - clauseStart));
    }

    /// <summary>The sentence holding the phrase and the name: from the end of the sentence before the phrase to the end
    /// of the one the name is in (a full stop before a capital: "as of Apr. 2016" does not end one).</summary>
    static string Sentence(string text, int phrase, int end)
    {
        var from = 0;
        foreach (Match stop in SentenceEnd().Matches(text))
        {
            if (stop.Index + stop.Length > phrase) break;
            from = stop.Index + stop.Length;
        }
        var to = SentenceEnd().Match(text, end);
        return text[from..(to.Success ? to.Index + 1 : text.Length)].Trim();
    }

    /// <summary>Every name of every entry, by <see cref="Key"/>: the name whole, without a bracketed part, and the
    /// acronym in brackets (<c>DEFENCE INDUSTRIES ORGANISATION (DIO)</c> gives all three). A key two entries share names
    /// neither (null).</summary>
    internal static Dictionary<string, string?> NameTable(IEnumerable<ListEntry> entries)
    {
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var name in entry.Names)
            {
                var forms = new List<string> { name.Full };
                var bracket = BracketedAcronym().Match(name.Full);
                if (bracket.Success)
                {
                    forms.Add(name.Full.Remove(bracket.Index, bracket.Length));
                    forms.Add(bracket.Groups["acronym"].Value);
                }
                foreach (var form in forms)
                {
                    var key = Key(Word().Matches(form).Select(m => m.Value));
                    if (key.Length == 0) continue;
                    if (names.TryGetValue(key, out var known) && known != entry.Reference) names[key] = null;
                    else names[key] = entry.Reference;
                }
            }
        }
        return names;
    }

    /// <summary>Words compared without case, leading "the" dropped, and the abbreviations the list and its comments
    /// use for the same word made one (COMPANY and CO, CORPORATION and CORP, LIMITED and LTD).</summary>
    static string Key(IEnumerable<string> words)
    {
        var key = new StringBuilder();
        foreach (var word in words)
        {
            var upper = word.ToUpperInvariant();
            if (key.Length == 0 && upper == "THE") continue;
            if (key.Length > 0) key.Append(' ');
            key.Append(upper switch { "COMPANY" => "CO", "CORPORATION" => "CORP", "LIMITED" => "LTD", _ => upper });
        }
        return key.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\.\s+(?=[\p{Lu}“""\[])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^is\s+a\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IsA();

    /// <summary>The phrases of a link: owned (or controlled) by, subsidiary of; on behalf of, acting for, front company for.</summary>
    [GeneratedRegex(@"\b(?:(?<owned>owned\s+(?:or|and)\s+controlled\s+by|owned\s+by|controlled\s+by|(?:is\s+a\s+)?subsidiary\s+of)|(?<acts>on\s+behalf\s+of|acting\s+for|acts\s+for|front\s+company\s+for))\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();

    /// <summary>What the UN writes between an ownership phrase and the name: <c>, or acts on behalf of,</c>,
    /// <c>or acting or purporting to act for or on behalf of,</c>, <c>directly or indirectly,</c> (empty when nothing).</summary>
    [GeneratedRegex(@"\G\s*,?\s*(?:or\s+(?:acts\s+or\s+purports\s+to\s+act|acting\s+or\s+purporting\s+to\s+act|acts?|acting|purports\s+to\s+act)(?:\s+for)?(?:\s+or)?\s+on\s+behalf\s+of\s*,?\s*)?(?:,?\s*directly\s+or\s+indirectly\s*,?\s*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Connector();

    /// <summary>A name (capitalised, as names are) followed by a UN reference in brackets, within the same sentence.</summary>
    [GeneratedRegex(@"\G(?:the\s+)?(?<name>\p{Lu}[^().;]{0,120}?)\s*\((?<ref>[A-Z]{2}[ie]\.\d{3})\)")]
    private static partial Regex NameAndReference();

    /// <summary>Another name after one: <c>, </c> or <c> and </c>.</summary>
    [GeneratedRegex(@"\G\s*(?:,\s*(?:and\s+)?|and\s+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnotherName();

    [GeneratedRegex(@"\s*\((?<acronym>[A-Z][A-Z0-9]{1,9})\)")]
    private static partial Regex BracketedAcronym();

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:which|whose|in\s+turn|that\s+(?:was|is|were|are))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeClause();
}
