using System.Collections.Immutable;

namespace Interdict.Core.Lists;

/// <summary>A party on a sanctions list, with every field the list gives.</summary>
/// <remarks>Immutable. Collections are never null (empty when the list gives nothing).
/// <see cref="Names"/> holds at least one name; the first is the primary name.</remarks>
public sealed record ListEntry
{
    /// <summary>The properties screening reads (names and kind for the name score; dates of birth and nationalities
    /// as corroboration; identifiers and documents as decisive evidence; the listing day for as-of screening).
    /// A change to any other property cannot change a hit.</summary>
    public static readonly System.Collections.Frozen.FrozenSet<string> ScreeningFields = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal,
        nameof(Kind), nameof(Names), nameof(DatesOfBirth), nameof(Nationalities), nameof(Identifiers), nameof(Documents), nameof(ListedOn));

    /// <summary>The list's short id (<c>un</c>, <c>ofac</c>).</summary>
    public required string Source { get; init; }
    /// <summary>The list's reference for the entry: UN <c>KPi.033</c>, OFAC entity number.</summary>
    public required string Reference { get; init; }
    /// <summary>Person, organisation, vessel or aircraft.</summary>
    public required PartyKind Kind { get; init; }
    /// <summary>All names: primary first, then aliases, former names and original-script names.</summary>
    public required ImmutableArray<PartyName> Names { get; init; }
    /// <summary>The sanctions regime or programme (<c>DPRK</c>, <c>ISIL (Da'esh) &amp; Al-Qaida</c>, <c>DPRK3</c>…).</summary>
    public ImmutableArray<string> Regimes { get; init; } = [];
    /// <summary>Titles (Mr, Dr, Maulavi…), as written.</summary>
    public ImmutableArray<string> Titles { get; init; } = [];
    /// <summary>Designations (functions, positions), as written.</summary>
    public ImmutableArray<string> Designations { get; init; } = [];
    /// <summary>Dates of birth; several when the list is unsure.</summary>
    public ImmutableArray<DateOfBirth> DatesOfBirth { get; init; } = [];
    /// <summary>Places of birth, as addresses.</summary>
    public ImmutableArray<Address> PlacesOfBirth { get; init; } = [];
    /// <summary>Nationalities (or, for organisations and vessels, countries of registration/flag), as written.</summary>
    public ImmutableArray<string> Nationalities { get; init; } = [];
    /// <summary>Addresses.</summary>
    public ImmutableArray<Address> Addresses { get; init; } = [];
    /// <summary>Identity documents.</summary>
    public ImmutableArray<IdentityDocument> Documents { get; init; } = [];
    /// <summary>Unique identifiers (IMO, SWIFT/BIC…).</summary>
    public ImmutableArray<Identifier> Identifiers { get; init; } = [];
    /// <summary>Gender, when given.</summary>
    public string? Gender { get; init; }
    /// <summary>The day the entry was first listed.</summary>
    public DateOnly? ListedOn { get; init; }
    /// <summary>The days the entry was amended, oldest first.</summary>
    public ImmutableArray<DateOnly> Updated { get; init; } = [];
    /// <summary>Free-text comments (UN <c>COMMENTS1</c>, OFAC remarks).</summary>
    public string? Comments { get; init; }
    /// <summary>Relations the list states to other parties (owners, subsidiaries, directors, relatives, associates).
    /// Not read by the name matcher; kept so that a listed party's network can be shown and followed.</summary>
    public ImmutableArray<PartyLink> Links { get; init; } = [];

    /// <summary>The primary name.</summary>
    public PartyName PrimaryName => Names[0];

    /// <summary>The stable key of the entry across versions: source and reference.</summary>
    public string Key => $"{Source}:{Reference}";
}
