using System.Globalization;
using Interdict.Core;
using Interdict.Core.Lists;

namespace Interdict.Lists;

/// <summary>The facts OFAC writes into an SDN entry's free-text Remarks
/// (<c>DOB 23 Oct 1968; POB Pyongyang, Korea, North; nationality Korea, North; Passport 654410078 (Korea, North); a.k.a. 'X'.</c>).</summary>
/// <remarks>The rules are documented in <c>docs/sources/ofac.md</c>. Clauses that are not understood stay in the
/// entry's comments only; a clause that looks like a fact but cannot be read is reported in <see cref="Problems"/>.</remarks>
sealed class OfacRemarks
{
    static readonly (string Prefix, DocumentKind Kind)[] DocumentPrefixes =
    [
        ("Diplomatic Passport ", DocumentKind.Passport),
        ("Passport ", DocumentKind.Passport),
        ("National ID No. ", DocumentKind.NationalId),
        ("Cedula No. ", DocumentKind.NationalId),
        ("D.N.I. ", DocumentKind.NationalId),
        ("Personal ID Card ", DocumentKind.NationalId),
        ("National Foreign ID Number ", DocumentKind.NationalId),
        ("Identification Number ", DocumentKind.Other),
        ("Driver's License No. ", DocumentKind.Other),
        ("SSN ", DocumentKind.Other),
        ("C.U.R.P. ", DocumentKind.Other),
        ("Birth Certificate Number ", DocumentKind.Other),
        ("Residency Number ", DocumentKind.Other),
        ("Electoral Registry No. ", DocumentKind.Other),
    ];

    public List<PartyName> Names { get; } = [];
    public List<DateOfBirth> DatesOfBirth { get; } = [];
    public List<Address> PlacesOfBirth { get; } = [];
    public List<string> Nationalities { get; } = [];
    public List<IdentityDocument> Documents { get; } = [];
    public List<Identifier> Identifiers { get; } = [];
    public string? Gender { get; private set; }
    public List<PartyLink> Links { get; } = [];
    public List<string> Problems { get; } = [];

    /// <summary>Reads every clause of <paramref name="remarks"/> (null or empty gives an empty result).</summary>
    public static OfacRemarks Parse(string? remarks)
    {
        var result = new OfacRemarks();
        if (string.IsNullOrEmpty(remarks)) return result;
        var text = remarks.AsSpan();
        var ranges = ClauseRanges(text);
        for (var i = 0; i < ranges.Count; i++)
        {
            var clause = text[ranges[i]];
            if (i == ranges.Count - 1 && clause.EndsWith('.')) clause = clause[..^1].TrimEnd();
            if (!clause.IsEmpty) result.ReadClause(clause);
        }
        var identifiers = System.Collections.Immutable.ImmutableArray.CreateBuilder<Identifier>();
        IdentifierScanner.Scan(remarks, identifiers);
        result.Identifiers.AddRange(identifiers);
        return result;
    }

    /// <summary>The clauses: split on <c>;</c> outside parentheses, each trimmed.</summary>
    internal static List<Range> ClauseRanges(ReadOnlySpan<char> remarks)
    {
        var clauses = new List<Range>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= remarks.Length; i++)
        {
            var c = i < remarks.Length ? remarks[i] : ';';
            switch (c)
            {
                case '(': depth++; break;
                case ')': if (depth > 0) depth--; break;
                case ';' when depth == 0 || i == remarks.Length:
                    var end = i;
                    while (start < end && char.IsWhiteSpace(remarks[start])) start++;
                    while (end > start && char.IsWhiteSpace(remarks[end - 1])) end--;
                    clauses.Add(start..end);
                    start = i + 1;
                    break;
            }
        }
        return clauses;
    }

    // Only a clause that is recognised allocates: most clauses are "Linked To:", sanctions notes, phone numbers…
    void ReadClause(ReadOnlySpan<char> clause)
    {
        var text = clause.StartsWith("alt. ", StringComparison.Ordinal) ? clause[5..].TrimStart() : clause;
        if (TryRest(text, "DOB ", out var rest)) ReadDateOfBirth(rest.ToString(), clause);
        else if (TryRest(text, "POB ", out rest)) AddDistinct(PlacesOfBirth, ParsePlace(rest.ToString()));
        else if (TryRest(text, "nationality ", out rest) || TryRest(text, "citizen ", out rest)) AddDistinct(Nationalities, rest.ToString());
        else if (TryRest(text, "Gender ", out rest)) Gender ??= rest.ToString();
        else if (TryRest(text, "a.k.a. ", out rest) || TryRest(text, "n.k.a. ", out rest)) AddName(rest, NameKind.Alias);
        else if (TryRest(text, "f.k.a. ", out rest)) AddName(rest, NameKind.FormerName);
        // "Linked To: HIZBALLAH": the entry is linked to another SDN, named as that entry's primary name.
        else if (TryRest(text, "Linked To: ", out rest)) Links.Add(new PartyLink(LinkKind.LinkedTo, rest.ToString(), Role: "Linked To"));
        else if (TryRest(text, "Other Vessel Call Sign ", out rest)) Identifiers.Add(new Identifier(IdentifierKind.CallSign, rest.ToString()));
        // An aircraft's registration mark ("EP-MMH") names one aircraft; its manufacturer's serial number does not.
        else if (TryRest(text, "Aircraft Tail Number ", out rest)) Identifiers.Add(new Identifier(IdentifierKind.Registration, rest.ToString()));
        else
        {
            foreach (var (prefix, kind) in DocumentPrefixes)
            {
                if (!TryRest(text, prefix, out rest)) continue;
                if (!rest.StartsWith("IMO ", StringComparison.Ordinal)) ReadDocument(prefix.TrimEnd(), kind, rest.ToString(), clause);
                return;
            }
        }
    }

    static bool TryRest(ReadOnlySpan<char> text, string prefix, out ReadOnlySpan<char> rest)
    {
        if (text.StartsWith(prefix, StringComparison.Ordinal))
        {
            rest = text[prefix.Length..].Trim();
            return !rest.IsEmpty;
        }
        rest = default;
        return false;
    }

    // Weak aliases: OFAC's legacy files put its low-quality a.k.a.s in the remarks, the strong ones in alt.csv.
    void AddName(ReadOnlySpan<char> text, NameKind kind)
    {
        var open = text.IndexOf('\'');
        var close = text.LastIndexOf('\'');
        var name = open >= 0 && close > open ? text[(open + 1)..close] : text.Trim("' ");
        var cleaned = Text.Clean(name);
        if (cleaned is null) return;
        foreach (var existing in Names)
        {
            if (string.Equals(existing.Full, cleaned, StringComparison.Ordinal)) return;
        }
        Names.Add(new PartyName(cleaned, kind, NameQuality.Low));
    }

    void ReadDateOfBirth(string text, ReadOnlySpan<char> clause)
    {
        var approximate = false;
        if (text.StartsWith("circa ", StringComparison.OrdinalIgnoreCase))
        {
            approximate = true;
            text = text[6..].Trim();
        }
        var to = text.IndexOf(" to ", StringComparison.Ordinal);
        var separator = 4;
        // "1979-1982": a range of years written with a hyphen.
        if (to < 0 && text.Length == 9 && text[4] == '-')
        {
            to = 4;
            separator = 1;
        }
        if (to >= 0)
        {
            if (TryParseDate(text[..to], out var from, out _) && TryParseDate(text[(to + separator)..], out var until, out _) && from.Earliest <= until.Latest)
            {
                // "circa 1979-1982" stays a range: a range already says the date is not known exactly.
                AddDistinct(DatesOfBirth, DateOfBirth.Between(from, until));
                return;
            }
        }
        else if (TryParseDate(text, out var date, out _))
        {
            AddDistinct(DatesOfBirth, approximate ? DateOfBirth.Approximately(date) : DateOfBirth.Exact(date));
            return;
        }
        Problems.Add($"Date of birth '{clause.ToString()}' is not understood; left out.");
    }

    /// <summary>Parses <c>23 Oct 1968</c>, <c>Oct 1968</c> or <c>1968</c>.</summary>
    internal static bool TryParseDate(string text, out PartialDate date, out string? error)
    {
        date = default;
        error = null;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 3 || !TryNumber(words[^1], 4, out var year) || year < 1000)
        {
            error = "no four-digit year";
            return false;
        }
        var month = 0;
        if (words.Length >= 2 && (month = MonthNames.Parse(words[^2])) == 0)
        {
            error = "no month name";
            return false;
        }
        var day = 0;
        if (words.Length == 3 && (!TryNumber(words[0], 2, out day) || day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            error = "no valid day";
            return false;
        }
        date = words.Length switch
        {
            1 => new PartialDate(year),
            2 => new PartialDate(year, month),
            _ => new PartialDate(year, month, day),
        };
        return true;

        static bool TryNumber(string word, int maxDigits, out int value) =>
            int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out value) && word.Length <= maxDigits;
    }

    /// <summary><c>654410078 (Korea, North) issued 01 Jan 2010 expires 01 Jan 2015</c>: number, country, the rest as a note.</summary>
    void ReadDocument(string label, DocumentKind kind, string text, ReadOnlySpan<char> clause)
    {
        string number;
        string? country = null;
        string? note;
        var paren = text.IndexOf(" (", StringComparison.Ordinal);
        var close = paren < 0 ? -1 : text.IndexOf(')', paren);
        if (paren > 0 && close > paren)
        {
            number = text[..paren].Trim();
            country = Text.Clean(text[(paren + 2)..close]);
            note = Text.Clean(text[(close + 1)..]);
        }
        else
        {
            var end = text.Length;
            foreach (var marker in (ReadOnlySpan<string>)[" issued", " expires", " Issue Date", " Expire Date"])
            {
                var at = text.IndexOf(marker, StringComparison.Ordinal);
                if (at > 0 && at < end) end = at;
            }
            number = text[..end].Trim();
            note = Text.Clean(text[end..]);
        }
        if (number.Length == 0)
        {
            Problems.Add($"Document '{clause.ToString()}' has no number; left out.");
            return;
        }
        if (label is not ("Passport" or "National ID No.")) note = note is null ? label : $"{label}; {note}";
        AddDistinct(Documents, new IdentityDocument(kind, number, country, note));
    }

    /// <summary><c>City, Province, Country</c>: the last part is the country when it names one
    /// (<c>Korea, North</c> kept whole); otherwise the whole text is the city.</summary>
    internal static Address ParsePlace(string text)
    {
        var parts = new List<string>(text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        // Country names OFAC writes with a comma: "Korea, North", "Congo, Democratic Republic of the", "Bahamas, The".
        if (parts.Count >= 2 && Countries.ToIsoCode(parts[^1]) is null && Countries.ToIsoCode($"{parts[^2]}, {parts[^1]}") is not null)
        {
            parts[^2] = $"{parts[^2]}, {parts[^1]}";
            parts.RemoveAt(parts.Count - 1);
        }
        if (parts.Count == 0) return new Address(City: text);
        var country = parts[^1];
        if (Countries.ToIsoCode(country) is null) return new Address(City: text);
        return parts.Count switch
        {
            1 => new Address(Country: country),
            2 => new Address(City: parts[0], Country: country),
            _ => new Address(City: parts[0], StateOrProvince: string.Join(", ", parts.GetRange(1, parts.Count - 2)), Country: country),
        };
    }

    static void AddDistinct<T>(List<T> list, T item)
    {
        if (!list.Contains(item)) list.Add(item);
    }
}
