using System.Text.RegularExpressions;
using Interdict.Core.Lists;
using Interdict.Core.Screening;

namespace Interdict.Matching.Screening;

/// <summary>Identifiers a query carries: given explicitly, or written into the name (<c>IMO 5878561</c>).</summary>
static partial class QueryIdentifiers
{
    public static string[] From(PartyQuery query)
    {
        if (query.Identifiers.IsEmpty && !query.Name.Contains("imo", StringComparison.OrdinalIgnoreCase)) return [];
        var values = query.Identifiers.Select(i => i.Value).ToList();
        foreach (Match match in ImoInText().Matches(query.Name)) values.Add(match.Groups[1].Value);
        return values.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
    }

    [GeneratedRegex(@"\bIMO\s*(?:No\.?|Number|#|:)?\s*(\d{7})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImoInText();
}
