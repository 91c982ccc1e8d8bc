namespace Interdict.Payments;

/// <summary>What a party identifier is.</summary>
public enum PartyIdentifierKind
{
    /// <summary>A BIC (ISO 9362): ISO <c>BICFI</c>/<c>AnyBIC</c>/<c>BIC</c>, MT option A.</summary>
    Bic = 0,
    /// <summary>A Legal Entity Identifier (ISO 17442).</summary>
    Lei,
    /// <summary>An IBAN.</summary>
    Iban,
    /// <summary>Another account number (ISO <c>Acct/Id/Othr/Id</c>, MT <c>/account</c> line).</summary>
    Account,
    /// <summary>A clearing system member id (ISO <c>ClrSysMmbId/MmbId</c>, MT <c>//FW123456789</c>).</summary>
    ClearingMember,
    /// <summary>A national identity number, passport, tax or customer number (ISO <c>PrvtId/Othr</c>, <c>OrgId/Othr</c>,
    /// MT option F <c>6/</c>, <c>7/</c> and coded party identifiers such as <c>CCPT/</c>).</summary>
    Other,
    /// <summary>A date of birth (ISO <c>BirthDt</c>, MT option F <c>4/</c>).</summary>
    DateOfBirth,
    /// <summary>A place of birth (ISO <c>CityOfBirth</c>/<c>CtryOfBirth</c>, MT option F <c>5/</c>).</summary>
    PlaceOfBirth,
}
