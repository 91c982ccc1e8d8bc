using System.Diagnostics.CodeAnalysis;

namespace Interdict.Rules.Hs;

/// <summary>A Harmonized System code of 2, 4, 5 or 6 digits (chapter, heading, one-dash subheading, subheading).</summary>
/// <remarks>Stored as its digits only: <c>"2701.11"</c> and <c>"270111"</c> are the same code. A code
/// covers every code that starts with its digits, so chapter <c>72</c> covers <c>7208.10</c> and the one-dash
/// subheading <c>2701.1</c> (CHECK-FORMAT §1.2: "2 to 6 digits") covers <c>2701.11</c> and <c>2701.12</c>.
/// Three digits name no level of the nomenclature and are refused.</remarks>
public readonly record struct HsCode
{
    private HsCode(string digits) => Digits = digits;

    /// <summary>The digits, without dots: 2, 4, 5 or 6 of them.</summary>
    public string Digits { get; }

    /// <summary>2 (chapter), 4 (heading), 5 (one-dash subheading) or 6 (subheading).</summary>
    public int Level => Digits.Length;

    /// <summary>Reads a code written with or without dots and spaces (<c>"2701"</c>, <c>"2701.11"</c>, <c>"8608.00"</c>).</summary>
    public static bool TryParse(string? text, out HsCode code)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        Span<char> digits = stackalloc char[8];
        var length = 0;
        foreach (var c in text)
        {
            if (c is '.' or ' ') continue;
            if (!char.IsAsciiDigit(c) || length == digits.Length) return false;
            digits[length++] = c;
        }
        if (length is not (2 or 4 or 5 or 6)) return false;
        code = new HsCode(new string(digits[..length]));
        return true;
    }

    /// <summary>Reads a code, or throws <see cref="FormatException"/>.</summary>
    public static HsCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not an HS code of 2, 4, 5 or 6 digits.");

    /// <summary>True when this code is <paramref name="other"/> or one of its ancestors.</summary>
    public bool Covers(HsCode other) =>
        Digits is not null && other.Digits is not null && other.Digits.StartsWith(Digits, StringComparison.Ordinal);

    /// <summary>The code one level up in the nomenclature (heading of a subheading or of a one-dash subheading,
    /// chapter of a heading), or null for a chapter.</summary>
    public HsCode? Parent => Level > 2 ? new HsCode(Digits[..(Level > 4 ? 4 : 2)]) : null;

    /// <summary>The usual written form: <c>27</c>, <c>2701</c>, <c>2701.1</c>, <c>2701.11</c>.</summary>
    public override string ToString() => Digits is null ? string.Empty : Level > 4 ? $"{Digits[..4]}.{Digits[4..]}" : Digits;

    /// <summary>Builds a code from digits already known to be valid.</summary>
    internal static HsCode FromDigits([NotNull] string digits) => new(digits);
}
