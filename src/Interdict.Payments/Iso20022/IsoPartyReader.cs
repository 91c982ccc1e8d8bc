using System.Collections.Immutable;
using Interdict.Core.Lists;

namespace Interdict.Payments.Iso20022;

/// <summary>Reads one ISO 20022 party or agent element (PartyIdentification, BranchAndFinancialInstitutionIdentification,
/// the Party40Choice wrapper <c>Pty</c>/<c>Agt</c>, the BAH's <c>FIId</c>/<c>OrgId</c>) with its account.</summary>
static class IsoPartyReader
{
    /// <summary>The party in <paramref name="element"/>; null when it names nobody (no name, BIC or identifier).</summary>
    /// <param name="role">The role the element plays.</param>
    /// <param name="element">The party or agent element.</param>
    /// <param name="account">Its account element (<c>CdtrAcct</c> for <c>Cdtr</c>), when present.</param>
    /// <param name="problem">Set when a value is malformed (a BIC or country code that is not one): the message is refused.</param>
    public static PaymentParty? Read(PaymentRole role, XmlNode element, XmlNode? account, out (XmlNode At, string Message)? problem)
    {
        problem = null;
        var content = Unwrap(element);
        var identifiers = ImmutableArray.CreateBuilder<PartyIdentifier>();
        var address = ImmutableArray.CreateBuilder<Located>();
        Located? name = null, bic = null, town = null, country = null, residence = null;
        var kind = PartyKind.Unknown;

        var institution = content.Child("FinInstnId");
        if (institution is not null)
        {
            kind = PartyKind.Organization;
            var code = institution.Child("BICFI") ?? institution.Child("BIC");
            if (code is not null) bic = Bic(code, ref problem);
            var member = institution.At("ClrSysMmbId/MmbId");
            if (member is not null && member.Text.Length > 0)
            {
                var scheme = institution.At("ClrSysMmbId/ClrSysId/Cd")?.Text ?? institution.At("ClrSysMmbId/ClrSysId/Prtry")?.Text;
                identifiers.Add(new PartyIdentifier(PartyIdentifierKind.ClearingMember, member.Text, scheme, member.Place));
            }
            Add(identifiers, PartyIdentifierKind.Lei, institution.Child("LEI"), null);
            foreach (var other in institution.ChildrenNamed("Othr")) Add(identifiers, PartyIdentifierKind.Other, other.Child("Id"), other.At("SchmeNm/Cd")?.Text);
            name = Text(institution.Child("Nm"));
            ReadAddress(institution.Child("PstlAdr"), address, ref town, ref country, ref problem);
        }
        else
        {
            name = Text(content.Child("Nm"));
            ReadAddress(content.Child("PstlAdr"), address, ref town, ref country, ref problem);
            var organisation = content.At("Id/OrgId") ?? content.Child("OrgId");
            if (organisation is not null)
            {
                kind = PartyKind.Organization;
                var anyBic = organisation.Child("AnyBIC") ?? organisation.Child("BICOrBEI") ?? organisation.Child("BIC");
                if (anyBic is not null) bic = Bic(anyBic, ref problem);
                Add(identifiers, PartyIdentifierKind.Lei, organisation.Child("LEI"), null);
                foreach (var other in organisation.ChildrenNamed("Othr")) Add(identifiers, PartyIdentifierKind.Other, other.Child("Id"), Scheme(other));
            }
            var person = content.At("Id/PrvtId");
            if (person is not null)
            {
                kind = PartyKind.Person;
                var birth = person.Child("DtAndPlcOfBirth");
                if (birth is not null)
                {
                    Add(identifiers, PartyIdentifierKind.DateOfBirth, birth.Child("BirthDt"), null);
                    Add(identifiers, PartyIdentifierKind.PlaceOfBirth, birth.Child("CityOfBirth"), birth.Child("CtryOfBirth")?.Text);
                }
                foreach (var other in person.ChildrenNamed("Othr")) Add(identifiers, PartyIdentifierKind.Other, other.Child("Id"), Scheme(other));
            }
            var resident = content.Child("CtryOfRes");
            if (resident is not null) residence = Country(resident, ref problem);
        }
        if (account is not null) ReadAccount(account, identifiers);

        if (problem is not null) return null;
        if (name is null && bic is null && identifiers.Count == 0 && address.Count == 0) return null;
        return new PaymentParty
        {
            Role = role,
            Place = element.Place,
            IsInstitution = institution is not null,
            Kind = kind,
            Name = name,
            Bic = bic,
            AddressLines = address.ToImmutable(),
            Town = town,
            Country = country,
            CountryOfResidence = residence,
            Identifiers = identifiers.ToImmutable(),
        };
    }

    /// <summary>pacs.004 and camt.056 wrap a party in <c>Pty</c> or an institution in <c>Agt</c>; the BAH wraps in <c>FIId</c>
    /// or <c>OrgId</c>.</summary>
    static XmlNode Unwrap(XmlNode element)
    {
        var inner = element.Child("Pty") ?? element.Child("Agt") ?? element.Child("FIId");
        return inner ?? element;
    }

    static string? Scheme(XmlNode other) => other.At("SchmeNm/Cd")?.Text ?? other.At("SchmeNm/Prtry")?.Text ?? other.Child("Issr")?.Text;

    static void ReadAccount(XmlNode account, ImmutableArray<PartyIdentifier>.Builder identifiers)
    {
        var iban = account.At("Id/IBAN");
        if (iban is not null && iban.Text.Length > 0)
        {
            identifiers.Add(new PartyIdentifier(PartyIdentifierKind.Iban, iban.Text, null, iban.Place));
        }
        var other = account.At("Id/Othr");
        if (other is not null) Add(identifiers, PartyIdentifierKind.Account, other.Child("Id"), Scheme(other));
        var proxy = account.At("Prxy/Id");
        if (proxy is not null) Add(identifiers, PartyIdentifierKind.Account, proxy, "proxy");
    }

    /// <summary>Every part of a postal address in document order; the town and country also apart.</summary>
    static void ReadAddress(XmlNode? address, ImmutableArray<Located>.Builder lines, ref Located? town, ref Located? country,
        ref (XmlNode At, string Message)? problem)
    {
        if (address is null) return;
        foreach (var part in address.Children)
        {
            if (part.Text.Length == 0) continue;
            switch (part.Name)
            {
                case "Ctry":
                    country = Country(part, ref problem);
                    break;
                case "AdrTp":
                    break;
                case "TwnNm":
                    town = new Located(part.Text, part.Place);
                    lines.Add(town);
                    break;
                default:
                    lines.Add(new Located(part.Text, part.Place));
                    break;
            }
        }
    }

    static Located? Text(XmlNode? node) => node is null || node.Text.Length == 0 ? null : new Located(node.Text, node.Place);

    static void Add(ImmutableArray<PartyIdentifier>.Builder into, PartyIdentifierKind kind, XmlNode? node, string? scheme)
    {
        if (node is null || node.Text.Length == 0) return;
        into.Add(new PartyIdentifier(kind, node.Text, scheme, node.Place));
    }

    static Located? Bic(XmlNode node, ref (XmlNode At, string Message)? problem)
    {
        if (!Codes.IsBic(node.Text))
        {
            problem ??= (node, $"'{node.Text}' is not a BIC (4 letters or digits, a 2-letter country code, 2 letters or digits, and an optional 3-character branch)");
            return null;
        }
        return new Located(node.Text, node.Place);
    }

    static Located? Country(XmlNode node, ref (XmlNode At, string Message)? problem)
    {
        if (!Codes.IsCountry(node.Text))
        {
            problem ??= (node, $"'{node.Text}' is not an ISO 3166 country code (two capital letters)");
            return null;
        }
        return new Located(node.Text, node.Place);
    }
}
