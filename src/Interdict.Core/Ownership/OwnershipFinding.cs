using System.Collections.Immutable;
using System.Globalization;

namespace Interdict.Core.Ownership;

/// <summary>That a party is owned or controlled by listed parties, with the chains that show it.</summary>
/// <param name="Party">The party's key.</param>
/// <param name="Kind">Owned (at or above the threshold) or controlled.</param>
/// <param name="AggregateShare">The shares held by listed (or, for control, listed-owned or -controlled) parties,
/// summed, in percent.</param>
/// <param name="Holdings">The holdings that count, largest first, each with its chain up to listed parties.</param>
public sealed record OwnershipFinding(string Party, OwnershipFindingKind Kind, decimal AggregateShare, ImmutableArray<OwnershipHolding> Holdings)
{
    /// <summary>The listed parties at the ends of the chains, each once, in the order the chains name them.</summary>
    public IReadOnlyList<string> ListedParties
    {
        get
        {
            var found = new List<string>();
            void Walk(ImmutableArray<OwnershipHolding> holdings)
            {
                foreach (var holding in holdings)
                {
                    if (!holding.Listed) Walk(holding.Through);
                    else if (!found.Contains(holding.Owner)) found.Add(holding.Owner);
                }
            }
            Walk(Holdings);
            return found;
        }
    }

    /// <summary>The finding in words, naming each chain: <c>owned 60 % by X, itself owned 100 % by Y (listed)</c>;
    /// several holdings are joined by <c>and</c> and, when more than one holds a share, followed by their aggregate.</summary>
    public string Describe() => Describe(Holdings);

    static string Describe(ImmutableArray<OwnershipHolding> holdings)
    {
        var parts = holdings.Select(h =>
            (h.Share is { } share ? $"owned {Percent(share)} % by " : "controlled by ") + h.OwnerName
            + (h.Listed ? " (listed)" : h.Through.IsDefaultOrEmpty ? "" : ", itself " + (h.Through.Length == 1 ? Describe(h.Through) : $"({Describe(h.Through)})")));
        var text = string.Join(" and ", parts);
        var shares = holdings.Where(h => h.Share is not null).ToArray();
        return shares.Length > 1 ? $"{text}; {Percent(shares.Sum(h => h.Share!.Value))} % in aggregate" : text;
    }

    static string Percent(decimal share) => share.ToString("0.##", CultureInfo.InvariantCulture);
}
