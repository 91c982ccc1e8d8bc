using System.Collections.Immutable;
using Interdict.Core.Lists;

namespace Interdict.Payments;

/// <summary>A party or an agent of a payment, with everything the message says about it and where it says it.</summary>
/// <remarks>
/// <para>Immutable. Structured address parts (ISO <c>StrtNm</c>, <c>TwnNm</c>…, MT option F <c>2/</c>, <c>3/</c>) and
/// unstructured lines (ISO <c>AdrLine</c>, the lines after the name in MT option K or D) are all in
/// <see cref="AddressLines"/>, in message order; the town and country are also given apart when the message
/// structures them.</para>
/// <para>A party named only by a BIC has no <see cref="Name"/>. A party with neither name nor identifier is not
/// recorded (an empty element says nothing to screen).</para>
/// </remarks>
public sealed record PaymentParty
{
    /// <summary>The role in the payment.</summary>
    public required PaymentRole Role { get; init; }

    /// <summary>Where the party's element or field starts (ISO element path; MT field tag).</summary>
    public required Place Place { get; init; }

    /// <summary>Person or organisation when the message says which (ISO <c>PrvtId</c>/<c>OrgId</c>, a date of birth,
    /// an institution identified by BIC); otherwise <see cref="PartyKind.Unknown"/>.</summary>
    public PartyKind Kind { get; init; } = PartyKind.Unknown;

    /// <summary>The name, continuation lines joined with a space; null when the message gives none.</summary>
    public Located? Name { get; init; }

    /// <summary>The BIC, when the party is identified by one (ISO <c>BICFI</c>/<c>AnyBIC</c>; MT option A, C, G).</summary>
    public Located? Bic { get; init; }

    /// <summary>Address lines and structured address parts, in message order.</summary>
    public ImmutableArray<Located> AddressLines { get; init; } = [];

    /// <summary>The town when structured (ISO <c>TwnNm</c>; MT option F <c>3/CC/Town</c>).</summary>
    public Located? Town { get; init; }

    /// <summary>The country as an ISO 3166 alpha-2 code when structured (ISO <c>Ctry</c>; MT option F <c>3/CC/</c>).</summary>
    public Located? Country { get; init; }

    /// <summary>The country of residence (ISO <c>CtryOfRes</c>), when given.</summary>
    public Located? CountryOfResidence { get; init; }

    /// <summary>Accounts, LEIs, national ids, dates and places of birth… The BIC is in <see cref="Bic"/>, not here.</summary>
    public ImmutableArray<PartyIdentifier> Identifiers { get; init; } = [];

    /// <summary>True when the message identifies the party as a financial institution (ISO <c>FinInstnId</c>; MT fields
    /// :51a: to :58a:, which name banks), whatever its role: the debtor and creditor of an FI transfer are institutions.</summary>
    public bool IsInstitution { get; init; }

    /// <summary>True for a bank's role (see <see cref="PaymentRoles.IsAgent"/>).</summary>
    public bool IsAgent => Role.IsAgent();

    /// <inheritdoc/>
    public override string ToString() => $"{Role}: {Name?.Value ?? Bic?.Value ?? "(unnamed)"} @ {Place}";
}
