using Interdict.Lists;

namespace Interdict.Hosting;

/// <summary>How list imports judge a new version (<see cref="ListPlausibility"/>); documented in docs/reliability.md.</summary>
public sealed class InterdictListSettings
{
    /// <summary>The largest share, 0..1, by which a new version may shrink the list in force without the operator's
    /// confirmation (<c>--allow-shrink</c>, <c>allow_shrink=true</c>). Default 0.25. Setting <c>Interdict:Lists:MaxShrinkShare</c>.</summary>
    public double MaxShrinkShare { get; set; } = ListPlausibility.DefaultMaxShrinkShare;
}
