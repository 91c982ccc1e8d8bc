namespace Interdict.Core;

/// <summary>Country names and ISO 3166-1 alpha-2 codes, for comparing nationalities written in different ways.</summary>
public static partial class Countries
{
    /// <summary>The ISO alpha-2 code for a country name or code as lists and users write it
    /// ("Democratic People's Republic of Korea", "Korea, North", "DPRK", "KP"), or null when unknown.</summary>
    public static string? ToIsoCode(string? country)
    {
        if (string.IsNullOrWhiteSpace(country)) return null;
        var key = Key(country);
        if (key.Length == 2 && ByCode.Contains(key.ToUpperInvariant())) return key.ToUpperInvariant();
        return ByName.TryGetValue(key, out var code) ? code : null;
    }

    /// <summary>Lower-case letters only: "Korea, North" → "koreanorth".</summary>
    static string Key(string text)
    {
        Span<char> buffer = stackalloc char[text.Length];
        var n = 0;
        foreach (var c in text.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (char.IsAsciiLetter(c)) buffer[n++] = char.ToLowerInvariant(c);
        }
        return new string(buffer[..n]);
    }
}
