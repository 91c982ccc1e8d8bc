using System.Collections.Immutable;
using System.Xml.Linq;
using Interdict.Core.Lists;

namespace Interdict.Lists;

/// <summary>Reads OFAC's Enhanced XML (root <c>sanctionsData</c>, one <c>entity</c> per listed party, under
/// <c>entities</c>). The field map is <c>docs/sources/ofac-enhanced.md</c>.</summary>
sealed class OfacEnhancedReader(string origin) : XmlListReader(origin)
{
    /// <summary>Document types that are a company's number in one country's register: text in the comments
    /// (<see cref="ListFields.Registration"/>), not decisive identifiers, as in OFAC's CSV.</summary>
    static readonly HashSet<string> RegistrationTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Registration ID", "Registration Number", "Tax ID No.", "Unified Social Credit Code (USCC)",
        "Business Registration Number", "Company Number", "Public Registration Number", "C.R. No.", "Government Gazette Number",
        "V.A.T. Number",
    };

    string _source = OfacSdnParser.Source;

    protected override string RootName => "sanctionsData";

    protected override string Description => "OFAC's Enhanced XML";

    protected override string RecordName => "entity";

    protected override string DateField => "dataAsOf";

    protected override string Source => _source;

    protected override bool IsHeader(string localName) => localName == "publicationInfo";

    protected override void ReadHeader(XElement header)
    {
        var asOf = Descendants(header, "dataAsOf").FirstOrDefault();
        var text = asOf is null ? null : Text.Clean(asOf.Value);
        if (!ListFields.TryInstant(text, out var generated)) throw Fault(asOf ?? header, "dataAsOf", null, $"The dataAsOf of <publicationInfo> is missing or not a date ('{text}').");
        Generated = generated;
        // The Consolidated (non-SDN) list is another list than the SDN list: its own list id.
        if (Texts(header, "sanctionsList").Any(l => l.Contains("Consolidated", StringComparison.OrdinalIgnoreCase))) _source = OfacEnhancedSource.ConsolidatedSource;
    }

    /// <summary>A related entity's id is a reference only when that entity is in this file (the Consolidated list names
    /// SDN owners it does not carry): otherwise the link keeps the name alone.</summary>
    protected override ImmutableArray<ListEntry> Complete(ImmutableArray<ListEntry> entries)
    {
        var present = entries.Select(e => e.Reference).ToHashSet(StringComparer.Ordinal);
        return [.. entries.Select(e => e.Links.All(l => l.Reference is null || present.Contains(l.Reference))
            ? e
            : e with { Links = [.. e.Links.Select(l => l.Reference is null || present.Contains(l.Reference) ? l : l with { Reference = null })] })];
    }

    protected override ListEntry ReadRecord(XElement record)
    {
        var reference = Attribute(record, "id") ?? throw Fault(record, RecordName, null, "An entity has no id: it cannot be told apart across versions.");
        var kind = Descendants(record, "entityType").Select(e => Text.Clean(e.Value)).FirstOrDefault() switch
        {
            "Individual" => PartyKind.Person,
            "Entity" => PartyKind.Organization,
            "Vessel" => PartyKind.Vessel,
            "Aircraft" => PartyKind.Aircraft,
            var other => throw Fault(record, "entityType", reference, $"The entityType is '{other ?? "missing"}', expected Individual, Entity, Vessel or Aircraft."),
        };

        DateOnly? listedOn = null;
        var lists = new List<string>();
        foreach (var list in Descendants(record, "sanctionsList"))
        {
            if (Text.Clean(list.Value) is { } name) lists.Add(name);
            if (Attribute(list, "datePublished") is not { } published) continue;
            if (!ListFields.TryIsoDay(published, out var day)) throw Fault(list, "sanctionsList", reference, $"The datePublished '{published}' is not a date (YYYY-MM-DD).");
            if (listedOn is null || day < listedOn) listedOn = day;
        }
        var regimes = ImmutableArray.CreateBuilder<string>();
        foreach (var program in Texts(record, "sanctionsProgram")) AddDistinct(regimes, program);

        var names = ImmutableArray.CreateBuilder<PartyName>();
        PartyName? primary = null;
        foreach (var name in Descendants(record, "name").Where(n => n.Parent?.Name.LocalName == "names"))
        {
            var isPrimary = Child(name, "isPrimary") == "true";
            var quality = Child(name, "isLowQuality") == "true" ? NameQuality.Low : NameQuality.Good;
            var aliasKind = Child(name, "aliasType") == "F.K.A." ? NameKind.FormerName : NameKind.Alias;
            foreach (var translation in Descendants(name, "translation"))
            {
                var full = Child(translation, "formattedFullName");
                if (full is null) continue;
                var main = Child(translation, "isPrimary") == "true";
                if (isPrimary && main && primary is null)
                {
                    primary = new PartyName(full);
                    continue;
                }
                ListFields.AddName(names, new PartyName(full, main ? ListFields.AliasKind(full, aliasKind) : NameKind.OriginalScript, quality));
            }
        }
        if (primary is null) throw Fault(record, "names", reference, "The entity has no primary name (a name with isPrimary true and a formattedFullName): an entry without a name cannot be screened.");
        names.Insert(0, primary);

        var addresses = ImmutableArray.CreateBuilder<Address>();
        foreach (var address in Descendants(record, "address"))
        {
            var country = Child(address, "country");
            var translation = Descendants(address, "translation").FirstOrDefault(t => Child(t, "isPrimary") == "true");
            var parts = translation is null ? [] : Descendants(translation, "addressPart").Select(p => (Type: Child(p, "type"), Value: Child(p, "value"))).ToArray();
            string? Part(string type) => parts.FirstOrDefault(p => p.Type == type).Value;
            var street = string.Join(", ", new[] { Part("ADDRESS1"), Part("ADDRESS2"), Part("ADDRESS3") }.OfType<string>());
            var value = new Address(street.Length == 0 ? null : street, Part("CITY"), Part("STATE/PROVINCE"), Part("POSTAL CODE"), country, Part("REGION"));
            if (value.ToString().Length > 0 && !addresses.Contains(value)) addresses.Add(value);
        }

        var dates = ImmutableArray.CreateBuilder<DateOfBirth>();
        var places = ImmutableArray.CreateBuilder<Address>();
        var nationalities = ImmutableArray.CreateBuilder<string>();
        var identifiers = ImmutableArray.CreateBuilder<Identifier>();
        var comments = new List<string>();
        string? gender = null;
        foreach (var feature in Descendants(record, "feature"))
        {
            var type = Child(feature, "type") ?? "";
            var value = Child(feature, "value");
            switch (type)
            {
                case "Birthdate":
                    if (BirthDate(feature, reference) is { } date && !dates.Contains(date)) dates.Add(date);
                    break;
                case "Place of Birth":
                    if (value is not null) places.Add(new Address(City: value));
                    break;
                case "Nationality Country" or "Citizenship Country" or "Nationality of Registration" or "Vessel Flag":
                    AddDistinct(nationalities, value);
                    break;
                case "Gender":
                    gender = ListFields.Gender(value);
                    break;
                case "SWIFT/BIC":
                    if (value is not null) IdentifierScanner.Add(identifiers, IdentifierKind.SwiftBic, value);
                    break;
                case "Vessel Registration Identification":
                    if (value is not null) IdentifierScanner.Add(identifiers, value.StartsWith("IMO", StringComparison.OrdinalIgnoreCase) ? IdentifierKind.Imo : IdentifierKind.Registration, value);
                    break;
                case "MMSI":
                    if (value is not null) IdentifierScanner.Add(identifiers, IdentifierKind.Mmsi, value);
                    break;
                case "Vessel Call Sign":
                    if (value is not null) IdentifierScanner.Add(identifiers, IdentifierKind.CallSign, value);
                    break;
                default:
                    // Everything else the file says of the party (websites, e-mail, securities, directives) is kept as text.
                    if (value is not null) comments.Add($"{type.TrimEnd(':', ' ', '-')}: {value.TrimEnd('.')}.");
                    break;
            }
        }

        var documents = ImmutableArray.CreateBuilder<IdentityDocument>();
        var registrations = new List<string>();
        foreach (var document in Descendants(record, "identityDocument"))
        {
            var type = Child(document, "type");
            var number = Child(document, "documentNumber");
            if (number is null) continue;
            if (type is not null && RegistrationTypes.Contains(type))
            {
                registrations.Add(ListFields.Registration(type, number, Child(document, "issuingCountry")));
                continue;
            }
            // A Legal Entity Identifier is global (ISO 17442), an aircraft's tail number names one aircraft: decisive.
            if (type is "Legal Entity Number" or "Aircraft Tail Number")
            {
                IdentifierScanner.Add(identifiers, IdentifierKind.Registration, number);
                continue;
            }
            var documentKind = type switch
            {
                "Passport" or "Diplomatic Passport" => DocumentKind.Passport,
                "National ID No." or "Cedula No." or "Personal ID Card" => DocumentKind.NationalId,
                _ => DocumentKind.Other,
            };
            var note = Child(document, "isValid") == "false" ? $"{type}; not valid" : type;
            documents.Add(new IdentityDocument(documentKind, number, Child(document, "issuingCountry"), note));
        }

        var links = ImmutableArray.CreateBuilder<PartyLink>();
        foreach (var relationship in Descendants(record, "relationship"))
        {
            var type = Child(relationship, "type");
            var related = Children(relationship, "relatedEntity").FirstOrDefault();
            var name = related is null ? null : Text.Clean(related.Value);
            if (related is null || name is null) continue;
            var linkKind = type switch
            {
                "Owned or Controlled By" => LinkKind.OwnedBy,
                "Owns, controls, or operates" => LinkKind.Owns,
                "Leader or official of" or "Principal Executive Officer" => LinkKind.Directs,
                "Family member of" => LinkKind.Family,
                "Associate Of" or "Associate of" => LinkKind.Associate,
                _ => LinkKind.LinkedTo,
            };
            links.Add(new PartyLink(linkKind, name, Attribute(related, "entityId"), type));
        }

        if (lists.Count > 0) comments.Insert(0, $"Lists: {string.Join(", ", lists)}.");
        var types = Texts(record, "sanctionsType").Distinct(StringComparer.Ordinal).ToArray();
        if (types.Length > 0) comments.Add($"Sanctions: {string.Join(", ", types)}.");
        var authorities = Texts(record, "legalAuthority").Distinct(StringComparer.Ordinal).ToArray();
        if (authorities.Length > 0) comments.Add($"Legal authority: {string.Join("; ", authorities)}.");
        comments.AddRange(registrations);
        foreach (var remark in Texts(record, "remarks")) comments.Add(remark);
        var text = string.Join(" ", comments);

        return new ListEntry
        {
            Source = Source,
            Reference = reference,
            Kind = kind,
            Names = names.ToImmutable(),
            Regimes = regimes.ToImmutable(),
            DatesOfBirth = dates.ToImmutable(),
            PlacesOfBirth = places.ToImmutable(),
            Nationalities = nationalities.ToImmutable(),
            Addresses = addresses.ToImmutable(),
            Documents = documents.ToImmutable(),
            Identifiers = identifiers.ToImmutable(),
            Gender = gender,
            ListedOn = listedOn,
            Comments = text.Length == 0 ? null : text,
            Links = links.ToImmutable(),
        };
    }

    /// <summary>A Birthdate feature's <c>valueDate</c>: a whole year, month or day when the range covers exactly that,
    /// else a range; <c>isApproximate</c> makes it approximate.</summary>
    DateOfBirth? BirthDate(XElement feature, string reference)
    {
        var value = Descendants(feature, "valueDate").FirstOrDefault();
        var from = value is null ? null : Child(value, "fromDateBegin");
        var to = value is null ? null : Child(value, "toDateEnd") ?? from;
        if (!ListFields.TryIsoDay(from, out var first) || !ListFields.TryIsoDay(to, out var last) || last < first)
        {
            LeftOut(feature, "Birthdate", reference, $"The Birthdate '{Child(feature, "value")}' has no readable date range ('{from}' to '{to}'); left out.");
            return null;
        }
        var approximate = Child(value!, "isApproximate") == "true";
        PartialDate? single = first == last ? PartialDate.From(first)
            : first.Year == last.Year && first is { Month: 1, Day: 1 } && last is { Month: 12, Day: 31 } ? new PartialDate(first.Year)
            : first.Year == last.Year && first.Month == last.Month && first.Day == 1 && last.Day == DateTime.DaysInMonth(last.Year, last.Month) ? new PartialDate(first.Year, first.Month)
            : null;
        if (single is { } date) return approximate ? DateOfBirth.Approximately(date) : DateOfBirth.Exact(date);
        return DateOfBirth.Between(PartialDate.From(first), PartialDate.From(last));
    }
}
