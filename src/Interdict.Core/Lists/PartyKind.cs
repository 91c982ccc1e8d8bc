namespace Interdict.Core.Lists;

/// <summary>What kind of party a list entry (or a screening query) names.</summary>
public enum PartyKind
{
    /// <summary>Not stated: a query of unknown type matches every kind.</summary>
    Unknown = 0,
    /// <summary>A natural person.</summary>
    Person,
    /// <summary>A company, group, bank, agency or other legal or de facto body.</summary>
    Organization,
    /// <summary>A ship, identified by name and usually an IMO number.</summary>
    Vessel,
    /// <summary>An aircraft.</summary>
    Aircraft,
}
