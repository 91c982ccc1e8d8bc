using Interdict.Core.Ownership;

namespace Interdict.Matching.Screening;

/// <summary>Why a party is hit through its owners: the ownership rule's finding, the owner of the party through which
/// the listed party was found, and how.</summary>
/// <param name="Finding">The finding, with its chains.</param>
/// <param name="Owner">The party's owner or controller, as the party's record names it, whose screening found the
/// listed party (its name matched the listed party, or a company the listed party owns or directs).</param>
/// <param name="Threshold">The rule's threshold, in percent, when the finding was made.</param>
/// <param name="LinkedAs">When the owner was found in the list's links rather than by its name: the name under which
/// the list's entry names the company it owns or directs; null when the owner's name matched the listed party.</param>
public sealed record OwnershipExplanation(OwnershipFinding Finding, string Owner, decimal Threshold, string? LinkedAs = null)
{
    /// <summary>The finding in words, with its chains (<c>owned 60 % by X, itself owned 100 % by Y (listed)</c>).</summary>
    public string Description => Finding.Describe();
}
