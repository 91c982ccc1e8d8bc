namespace Interdict.Payments;

/// <summary>Shapes of the codes payment messages carry: BIC, country, currency.</summary>
public static class Codes
{
    /// <summary>True for a BIC of 8 or 11 characters: institution (4 letters or digits), country (2 letters),
    /// location (2 letters or digits), optional branch (3 letters or digits); upper case only.</summary>
    public static bool IsBic(ReadOnlySpan<char> text)
    {
        if (text.Length != 8 && text.Length != 11) return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = i is 4 or 5 ? char.IsAsciiLetterUpper(c) : char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c);
            if (!ok) return false;
        }
        return true;
    }

    /// <summary>The country code of a BIC (its 5th and 6th characters), or empty when <paramref name="bic"/> is not a BIC.</summary>
    public static string BicCountry(string bic) => IsBic(bic) ? bic.Substring(4, 2) : "";

    /// <summary>True for two capital letters (ISO 3166-1 alpha-2 shape; not checked against the list of countries).</summary>
    public static bool IsCountry(ReadOnlySpan<char> text) =>
        text.Length == 2 && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]);

    /// <summary>True for three capital letters (ISO 4217 shape).</summary>
    public static bool IsCurrency(ReadOnlySpan<char> text) =>
        text.Length == 3 && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]) && char.IsAsciiLetterUpper(text[2]);
}
