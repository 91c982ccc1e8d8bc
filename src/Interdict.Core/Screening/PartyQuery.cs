using System.Collections.Immutable;
using Interdict.Core.Lists;

namespace Interdict.Core.Screening;

/// <summary>What is known of a party to be screened: a name and, when known, more.</summary>
/// <param name="Name">The name as the caller has it, in any script.</param>
/// <param name="Kind">Person, organisation, vessel; <see cref="PartyKind.Unknown"/> matches every kind.</param>
public sealed record PartyQuery(string Name, PartyKind Kind = PartyKind.Unknown)
{
    /// <summary>Date of birth (a year alone is allowed).</summary>
    public PartialDate? DateOfBirth { get; init; }
    /// <summary>Nationality or country, as a name or ISO 3166 code.</summary>
    public string? Nationality { get; init; }
    /// <summary>Known identifiers (IMO, BIC) and document numbers.</summary>
    public ImmutableArray<Identifier> Identifiers { get; init; } = [];
}
