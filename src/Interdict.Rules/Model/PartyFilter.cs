using System.Collections.Frozen;
using Interdict.Rules.Evaluation;

namespace Interdict.Rules.Model;

/// <summary>Which parties a rule is about: at least one party (or the vessel, for designation) must pass every set filter.</summary>
/// <param name="Designated">When true, the party must be designated (screened or stated).</param>
/// <param name="Types">Party types, or empty for any.</param>
/// <param name="Countries">Party countries, or empty for any.</param>
/// <param name="Roles">Party roles, or empty for any.</param>
public sealed record PartyFilter(bool Designated, FrozenSet<string> Types, FrozenSet<string> Countries, FrozenSet<string> Roles)
{
    internal bool Matches(CheckContext context)
    {
        foreach (var finding in context.Parties)
        {
            if (Designated && !finding.Designated) continue;
            if (Types.Count > 0 && (finding.Type is null || !Types.Contains(finding.Type))) continue;
            if (Countries.Count > 0 && (finding.Country is null || !Countries.Contains(finding.Country))) continue;
            if (Roles.Count > 0 && (finding.Role is null || !Roles.Contains(finding.Role))) continue;
            return true;
        }
        return false;
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Designated) parts.Add("designated");
        if (Types.Count > 0) parts.Add($"type in [{string.Join(", ", Types)}]");
        if (Countries.Count > 0) parts.Add($"country in [{string.Join(", ", Countries)}]");
        if (Roles.Count > 0) parts.Add($"role in [{string.Join(", ", Roles)}]");
        return $"a party that is {string.Join(", ", parts)}";
    }
}
