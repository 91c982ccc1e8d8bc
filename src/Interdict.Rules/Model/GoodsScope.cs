using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Interdict.Rules.Checks;

namespace Interdict.Rules.Model;

/// <summary>The goods a measure or exemption covers: HS code sets and/or categories.</summary>
/// <param name="Hs">HS codes (each covers the codes below it).</param>
/// <param name="Categories">Categories (<c>salw</c>, <c>refined_petroleum</c>…) that match regardless of HS code.</param>
/// <param name="ExcludeCategories">Categories that take a good out even when its HS code matches (condensate under 2709).</param>
/// <param name="Conditions">Required goods condition (<c>new</c>), or empty for any.</param>
/// <param name="Note">The digest's note.</param>
public sealed record GoodsScope(
    ImmutableArray<HsRule> Hs,
    FrozenSet<string> Categories,
    FrozenSet<string> ExcludeCategories,
    ImmutableArray<string> Conditions,
    string? Note)
{
    /// <summary>Whether <paramref name="good"/> falls under this scope.</summary>
    /// <param name="good">The good.</param>
    /// <param name="categoriesOfGood">The good's category and the categories it implies.</param>
    public GoodsMatch Match(Good good, ImmutableArray<string> categoriesOfGood)
    {
        foreach (var category in categoriesOfGood)
        {
            if (ExcludeCategories.Contains(category)) return GoodsMatch.No;
        }
        var match = MatchCode(good, categoriesOfGood);
        if (match.Truth != Truth.Yes || Conditions.IsDefaultOrEmpty) return match;
        if (good.Condition is null) return new(Truth.Unknown, match.Review, $"the goods' condition ({string.Join("/", Conditions)}) is not given");
        return Conditions.Contains(good.Condition, StringComparer.Ordinal) ? match : GoodsMatch.No;
    }

    private GoodsMatch MatchCode(Good good, ImmutableArray<string> categoriesOfGood)
    {
        foreach (var category in categoriesOfGood)
        {
            if (Categories.Contains(category)) return new(Truth.Yes, false, null);
        }
        if (good.Hs is not { } code) return GoodsMatch.No;
        var review = false;
        string? broader = null;
        foreach (var rule in Hs)
        {
            if (rule.Code.Covers(code))
            {
                if (rule.Basis == HsBasis.Doubtful)
                {
                    // A doubtful mapping never decides; it only matters when no category tells the goods apart.
                    review |= categoriesOfGood.IsDefaultOrEmpty;
                    continue;
                }
                if (rule.MinUnitValueUsd is not { } threshold) return new(Truth.Yes, false, null);
                if (good.UnitValueUsd is not { } value)
                    return new(Truth.Unknown, false, string.Create(CultureInfo.InvariantCulture, $"value per item not given (covered above USD {threshold})"));
                if (value > threshold) return new(Truth.Yes, false, null);
            }
            else if (rule.Basis != HsBasis.Doubtful && code.Covers(rule.Code))
            {
                broader = $"HS {code} is broader than {rule.Code}: a more specific code would tell";
            }
        }
        return broader is not null ? new(Truth.Unknown, review, broader) : new(Truth.No, review, null);
    }
}
