using System.Collections.Immutable;
using System.Globalization;
using Interdict.Core.Lists;

namespace Interdict.Lists;

/// <summary>Small readings shared by the newer list formats: genders, name kinds by script, day-first dates.</summary>
static class ListFields
{
    /// <summary><c>M</c>/<c>male</c> → <c>Male</c>, <c>F</c>/<c>female</c> → <c>Female</c>; anything else as written.</summary>
    public static string? Gender(string? text) => text?.ToUpperInvariant() switch
    {
        null => null,
        "M" or "MALE" => "Male",
        "F" or "FEMALE" => "Female",
        _ => text,
    };

    /// <summary>True when the name holds a letter outside the Latin script: such a name is the original-script form.</summary>
    public static bool IsNonLatin(string name)
    {
        foreach (var c in name)
        {
            if (char.IsLetter(c) && c > '\u024F' && !(c is >= '\u1E00' and <= '\u1EFF')) return true;
        }
        return false;
    }

    /// <summary>An alias's kind: original script when written in a non-Latin script, else the kind given.</summary>
    public static NameKind AliasKind(string name, NameKind otherwise = NameKind.Alias) => IsNonLatin(name) ? NameKind.OriginalScript : otherwise;

    /// <summary>Adds a name unless the same text is already there (a list repeats names across languages).</summary>
    public static void AddName(ImmutableArray<PartyName>.Builder names, PartyName name)
    {
        foreach (var existing in names)
        {
            if (string.Equals(existing.Full, name.Full, StringComparison.Ordinal)) return;
        }
        names.Add(name);
    }

    /// <summary>A company, tax or other register number as a sentence of the comments: <c>Tax ID No. 7702070139
    /// (Russia).</c>. Such numbers are unique only within one country, so they are not decisive identifiers: the house
    /// rule of <c>docs/sources/ofac.md</c>, kept by every reader. A Legal Entity Identifier (ISO 17442) is global and is one.</summary>
    public static string Registration(string label, string number, string? country) =>
        $"{label} {number}{(country is null ? "" : $" ({country})")}.";

    /// <summary>Parses <c>yyyy-MM-dd</c> (ignoring a time or offset after it).</summary>
    public static bool TryIsoDay(string? text, out DateOnly day)
    {
        day = default;
        return text is { Length: >= 10 }
            && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    /// <summary>Parses <c>dd/MM/yyyy</c> (the UK list's dates).</summary>
    public static bool TryDayFirst(string? text, out DateOnly day)
    {
        day = default;
        return text is not null && DateOnly.TryParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    /// <summary>A date-and-time of a list's header, read as UTC when it states no offset.</summary>
    public static bool TryInstant(string? text, out DateTimeOffset instant)
    {
        instant = default;
        return text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant);
    }
}
