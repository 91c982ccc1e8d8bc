namespace Interdict.Core.Lists;

/// <summary>A relation a list states between a listed party and another party: who owns, directs, is family of,
/// acts for or is otherwise linked to whom.</summary>
/// <param name="Kind">What the relation is, seen from the entry that holds the link.</param>
/// <param name="Name">The other party's name as the list gives it (always known, so a link can be shown even when the
/// other party is not itself on the list).</param>
/// <param name="Reference">The other party's <see cref="ListEntry.Reference"/> in the same list when it is listed there; null
/// when it is not (a company OpenSanctions knows only from a register, a parent company the UK list names in text).</param>
/// <param name="Role">The relation as the list words it (<c>Acting for or on behalf of</c>, <c>subsidiary of</c>,
/// <c>Family member of</c>), when it does.</param>
/// <param name="Share">The share owned, in percent (0..100), when the list states it.</param>
/// <param name="Quote">The list's own words the link was read from, when it was read from free text (a UN comment such as
/// <c>Owned or controlled by Ghorb Nooh.</c>), so that a reader can check it; null for a link the list gives as data.</param>
public sealed record PartyLink(LinkKind Kind, string Name, string? Reference = null, string? Role = null, decimal? Share = null, string? Quote = null)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{Kind} {Name}{(Reference is null ? "" : $" [{Reference}]")}{(Share is { } share ? FormattableString.Invariant($" {share} %") : "")}";
}
