using System.Collections.Immutable;
using Interdict.Core.Lists;

namespace Interdict.Core.Customers;

/// <summary>A party that owns or controls a customer, as the institution knows it (its KYC records of beneficial
/// owners, shareholders and controllers).</summary>
/// <param name="Name">The owner's name, in any script.</param>
/// <param name="Share">The share of the customer it owns, in percent (0..100); null for a controller without a stated
/// share (a director, a party with voting control, an owner whose holding is not known).</param>
/// <remarks>Immutable. Screened like a party (its name and identifiers), and its hits weighed by the ownership rule
/// (<see cref="Ownership.OwnershipRule"/>).</remarks>
public sealed record Owner(string Name, decimal? Share = null)
{
    /// <summary>The most owners a customer may carry.</summary>
    public const int MaxPerCustomer = 50;

    /// <summary>The name, checked: not blank.</summary>
    public string Name { get; } = CheckName(Name);

    /// <summary>The share, checked: 0..100 or null.</summary>
    public decimal? Share { get; } = CheckShare(Share);

    /// <summary>Known identifiers of the owner (IMO, BIC…).</summary>
    public ImmutableArray<Identifier> Identifiers { get; init; } = [];

    /// <summary>The screening query for this owner: its name and identifiers, of unknown kind (an owner may be a person
    /// or a company).</summary>
    public Screening.PartyQuery ToQuery() => new(Name) { Identifiers = Identifiers.IsDefault ? [] : Identifiers };

    /// <summary>Whether two owners are the same for screening (a record's equality compares the identifier arrays by
    /// reference).</summary>
    public bool SameAs(Owner other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Name == other.Name && Share == other.Share
            && (Identifiers.IsDefault ? [] : Identifiers).SequenceEqual(other.Identifiers.IsDefault ? [] : other.Identifiers);
    }

    static string CheckName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return name;
    }

    static decimal? CheckShare(decimal? share) => share switch
    {
        null => null,
        < 0 or > 100 => throw new ArgumentOutOfRangeException(nameof(share), share, "A share is a percentage from 0 to 100."),
        // Trailing zeros dropped (60.0 → 60): equal shares are written, stored and fingerprinted alike.
        { } value => value / 1.0000000000000000000000000000m,
    };
}
