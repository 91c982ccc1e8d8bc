namespace Interdict.Matching.Screening;

/// <summary>What an attribute of the query said about a hit.</summary>
public enum EvidenceOutcome
{
    /// <summary>The attribute is the same on both sides.</summary>
    Agrees = 0,
    /// <summary>The attribute differs: evidence against the hit.</summary>
    Conflicts,
    /// <summary>The attribute is identical and unique (IMO, BIC, document number): the hit is decided.</summary>
    Decisive,
}
