using System.Collections.Immutable;
using Interdict.Core.Lists;

namespace Interdict.Rules.Model;

/// <summary>A list whose entries designate under the rulebook's regime (rulebook <c>designating_lists</c>): a screening
/// hit counts as designation only on an entry of such a list, of one of its regimes.</summary>
/// <param name="List">The list's short id, as <see cref="ListEntry.Source"/> gives it (<c>un</c>).</param>
/// <param name="Regimes">Words naming the regime in the list's regime field (<c>DPRK</c>), compared ignoring case; an
/// entry whose regime contains one of them designates. An entry without any regime designates too (lists that name no
/// regimes, and older UN files). Empty: every entry of the list designates.</param>
public sealed record DesignatingList(string List, ImmutableArray<string> Regimes)
{
    /// <summary>True when <paramref name="entry"/> is this list's and of one of its regimes.</summary>
    public bool Designates(ListEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!string.Equals(entry.Source, List, StringComparison.OrdinalIgnoreCase)) return false;
        if (Regimes.IsDefaultOrEmpty || entry.Regimes.IsDefaultOrEmpty) return true;
        foreach (var regime in entry.Regimes)
        {
            foreach (var word in Regimes)
            {
                if (regime.Contains(word, StringComparison.OrdinalIgnoreCase)) return true;
            }
        }
        return false;
    }
}
