namespace Interdict.Core.Lists;

/// <summary>The kind of a <see cref="PartyLink"/>, read from the entry that holds it.</summary>
/// <remarks>Ownership and direction come in both directions, so that either end of a relation can be asked for its
/// links without searching the whole list.</remarks>
public enum LinkKind
{
    /// <summary>Any other stated link (OFAC's "Linked To", "Acting for or on behalf of").</summary>
    LinkedTo = 0,
    /// <summary>The other party owns (a share of) this one.</summary>
    OwnedBy,
    /// <summary>This party owns (a share of) the other.</summary>
    Owns,
    /// <summary>The other party directs or manages this one.</summary>
    DirectedBy,
    /// <summary>This party directs or manages the other.</summary>
    Directs,
    /// <summary>The other party is a relative.</summary>
    Family,
    /// <summary>The other party is a known associate.</summary>
    Associate,
}
