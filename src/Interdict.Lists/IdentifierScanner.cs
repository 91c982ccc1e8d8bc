using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Interdict.Core.Lists;

namespace Interdict.Lists;

/// <summary>Finds IMO numbers, SWIFT/BIC codes and MMSIs in free text (UN <c>COMMENTS1</c>, OFAC remarks).</summary>
static partial class IdentifierScanner
{
    /// <summary>Adds every identifier found in <paramref name="text"/> to <paramref name="into"/>, skipping duplicates.</summary>
    public static void Scan(string? text, ImmutableArray<Identifier>.Builder into)
    {
        if (string.IsNullOrEmpty(text)) return;
        if (text.Contains("IMO", StringComparison.OrdinalIgnoreCase))
        {
            foreach (Match match in ImoPattern().Matches(text)) Add(into, IdentifierKind.Imo, match.Groups["n"].Value);
        }
        if (text.Contains("SWIFT", StringComparison.Ordinal))
        {
            foreach (Match match in SwiftPattern().Matches(text)) Add(into, IdentifierKind.SwiftBic, match.Groups["c"].Value);
        }
        if (text.Contains("MMSI", StringComparison.Ordinal))
        {
            foreach (Match match in MmsiPattern().Matches(text)) Add(into, IdentifierKind.Mmsi, match.Groups["n"].Value);
        }
    }

    /// <summary>Adds an identifier unless an equal one is already there.</summary>
    public static void Add(ImmutableArray<Identifier>.Builder into, IdentifierKind kind, string value)
    {
        var identifier = new Identifier(kind, value);
        if (identifier.Value.Length == 0) return;
        foreach (var existing in into)
        {
            if (existing == identifier) return;
        }
        into.Add(identifier);
    }

    // "IMO 5434358", "IMO number: 5571322", "(IMO) Number: 1790183", "Vessel Registration Identification IMO 8316168".
    [GeneratedRegex(@"\bIMO\)?(?:\s+number)?\s*:?\s*(?<n>\d{7})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImoPattern();

    // "SWIFT: DCBKKPPY", "SWIFT/BIC: KUDBKPPY", "SWIFT/BIC HAVIGB9L" (8 or 11 characters).
    [GeneratedRegex(@"\bSWIFT(?:\s*/\s*BIC)?\s*:?\s*(?<c>[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SwiftPattern();

    // "MMSI 256843000" (9 digits).
    [GeneratedRegex(@"\bMMSI\s*:?\s*(?<n>\d{9})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MmsiPattern();
}
