namespace Interdict.Core.Lists;

/// <summary>How much a name on a list can be trusted as an identifier.</summary>
/// <remarks>The UN list marks aliases <c>Good</c> or <c>Low</c>; OFAC marks them strong or weak.
/// Low-quality aliases are weak evidence: a hit on one alone is scored lower.</remarks>
public enum NameQuality
{
    /// <summary>The primary name, or an alias of good quality.</summary>
    Good = 0,
    /// <summary>A low-quality (weak) alias.</summary>
    Low,
}
