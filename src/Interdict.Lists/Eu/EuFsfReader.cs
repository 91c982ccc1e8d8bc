using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;
using Interdict.Core.Lists;

namespace Interdict.Lists;

/// <summary>Reads the EU Financial Sanctions Files in XML format 1.1 (root <c>export</c>, one <c>sanctionEntity</c> per
/// listed party). The field map is <c>docs/sources/eu.md</c>.</summary>
sealed class EuFsfReader(string origin) : XmlListReader(origin)
{
    /// <summary>The namespace of the 1.1 format.</summary>
    public const string Namespace = "http://eu.europa.ec/fpi/fsd/export";

    protected override string RootName => "export";

    protected override string Description => "an EU Financial Sanctions File (XML 1.1)";

    protected override string RecordName => "sanctionEntity";

    protected override string DateField => "generationDate";

    protected override string Source => EuFsfSource.Source;

    protected override void ReadRoot(XmlReader root)
    {
        var info = (IXmlLineInfo)root;
        var text = root.GetAttribute("generationDate");
        if (!ListFields.TryInstant(text, out var generated))
        {
            throw new ListFault(info.LineNumber, info.LinePosition, "generationDate", null,
                $"The generationDate attribute of <export> is missing or not a date ('{text}').");
        }
        Generated = generated;
    }

    protected override ListEntry ReadRecord(XElement record)
    {
        var reference = Attribute(record, "euReferenceNumber")
            ?? throw Fault(record, RecordName, null, $"A sanctionEntity (logicalId {Attribute(record, "logicalId") ?? "none"}) has no euReferenceNumber: it cannot be told apart across versions.");
        var kind = Attribute(Children(record, "subjectType").FirstOrDefault() ?? record, "code") switch
        {
            "person" => PartyKind.Person,
            "enterprise" => PartyKind.Organization,
            var code => throw Fault(record, "subjectType", reference, $"The subjectType code is '{code ?? "missing"}', expected person or enterprise."),
        };
        DateOnly? listedOn = null;
        if (Attribute(record, "designationDate") is { } designated)
        {
            if (!ListFields.TryIsoDay(designated, out var day)) throw Fault(record, "designationDate", reference, $"The designationDate '{designated}' is not a date (YYYY-MM-DD).");
            listedOn = day;
        }

        var names = ImmutableArray.CreateBuilder<PartyName>();
        var titles = ImmutableArray.CreateBuilder<string>();
        var designations = ImmutableArray.CreateBuilder<string>();
        string? gender = null;
        var aliases = Children(record, "nameAlias").ToArray();
        // The file marks no primary name. The alias with the lowest logicalId is the oldest, the name the party was first
        // listed under; preferring English (or unmarked) Latin-script names keeps a translation (Irish, Hungarian…) or
        // an original-script name from standing first: EU.3953.70 is "Parchin Chemical Industries (PCI)", not its Irish form.
        var primary = aliases
            .Where(a => Attribute(a, "wholeName") is { } n && !ListFields.IsNonLatin(n))
            .OrderBy(a => Attribute(a, "nameLanguage") is null or "EN" ? 0 : 1)
            .ThenBy(a => long.TryParse(Attribute(a, "logicalId"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : long.MaxValue)
            .FirstOrDefault()
            ?? aliases.FirstOrDefault(a => Attribute(a, "wholeName") is not null);
        if (primary is null) throw Fault(record, "nameAlias", reference, "The sanctionEntity has no nameAlias with a wholeName: an entry without a name cannot be screened.");
        names.Add(new PartyName(Attribute(primary, "wholeName")!));
        foreach (var alias in aliases)
        {
            if (Attribute(alias, "title") is { } title) AddDistinct(titles, title);
            if (Attribute(alias, "function") is { } function) AddDistinct(designations, function);
            gender ??= ListFields.Gender(Attribute(alias, "gender"));
            if (alias == primary || Attribute(alias, "wholeName") is not { } whole) continue;
            var quality = Attribute(alias, "strong") == "false" ? NameQuality.Low : NameQuality.Good;
            ListFields.AddName(names, new PartyName(whole, ListFields.AliasKind(whole), quality));
        }

        var regimes = ImmutableArray.CreateBuilder<string>();
        foreach (var regulation in Children(record, "regulation")) AddDistinct(regimes, Attribute(regulation, "programme"));

        var nationalities = ImmutableArray.CreateBuilder<string>();
        foreach (var citizenship in Children(record, "citizenship")) AddDistinct(nationalities, Country(citizenship));

        var dates = ImmutableArray.CreateBuilder<DateOfBirth>();
        var places = ImmutableArray.CreateBuilder<Address>();
        foreach (var birth in Children(record, "birthdate"))
        {
            if (BirthDate(birth, reference) is { } date && !dates.Contains(date)) dates.Add(date);
            var city = Attribute(birth, "city") is { } c && c != "-" ? c : Attribute(birth, "place");
            var country = CountryName(birth);
            var place = city is null && country is null ? null : new Address(City: city, StateOrProvince: Attribute(birth, "region"), Country: country);
            if (place is not null && !places.Contains(place)) places.Add(place);
        }

        var addresses = ImmutableArray.CreateBuilder<Address>();
        foreach (var address in Children(record, "address"))
        {
            var contacts = Children(address, "contactInfo").Select(c => $"{Attribute(c, "key")}: {Attribute(c, "value")}");
            var note = string.Join("; ", new[] { Attribute(address, "poBox") is { } box ? $"PO Box {box}" : null, Attribute(address, "place") }
                .Concat(contacts).Where(p => p is not null));
            var value = new Address(Attribute(address, "street"), Attribute(address, "city"), Attribute(address, "region"), Attribute(address, "zipCode"),
                CountryName(address), note.Length == 0 ? null : note);
            if (value.ToString().Length > 0 && !addresses.Contains(value)) addresses.Add(value);
        }

        var documents = ImmutableArray.CreateBuilder<IdentityDocument>();
        var identifiers = ImmutableArray.CreateBuilder<Identifier>();
        var registrations = new List<string>();
        foreach (var identification in Children(record, "identification"))
        {
            var number = Attribute(identification, "number");
            if (number is null) continue;
            var type = Attribute(identification, "identificationTypeCode");
            var description = Attribute(identification, "identificationTypeDescription");
            if (type is "swiftbic" or "imo")
            {
                IdentifierScanner.Add(identifiers, type == "imo" ? IdentifierKind.Imo : IdentifierKind.SwiftBic, number);
                continue;
            }
            if (type is "regnumber" or "other" && description is not null && !description.Contains("passport", StringComparison.OrdinalIgnoreCase))
            {
                // A company or tax number is unique only within its country: text, not a decisive identifier (as for OFAC).
                registrations.Add(ListFields.Registration(description, number, CountryName(identification)));
                continue;
            }
            var note = string.Join("; ", new[]
            {
                description,
                Attribute(identification, "issueDate") is { } issued ? $"issued {issued}" : null,
                Attribute(identification, "validTo") is { } valid ? $"valid to {valid}" : null,
                Attribute(identification, "knownExpired") == "true" ? "known expired" : null,
                Attribute(identification, "knownFalse") == "true" ? "known false" : null,
                Attribute(identification, "diplomatic") == "true" ? "diplomatic" : null,
            }.Where(p => p is not null));
            var documentKind = type switch { "passport" => DocumentKind.Passport, "id" => DocumentKind.NationalId, _ => DocumentKind.Other };
            documents.Add(new IdentityDocument(documentKind, number, CountryName(identification), note.Length == 0 ? null : note));
        }

        var remarks = Children(record, "remark").Select(r => Text.Clean(r.Value)).OfType<string>().ToList();
        remarks.InsertRange(0, registrations);
        if (Attribute(record, "designationDetails") is { } details) remarks.Insert(0, details);
        if (Attribute(record, "unitedNationId") is { } un) remarks.Insert(0, $"UN reference {un}");
        var comments = string.Join(" ", remarks);
        IdentifierScanner.Scan(comments, identifiers);
        return new ListEntry
        {
            Source = Source,
            Reference = reference,
            Kind = kind,
            Names = names.ToImmutable(),
            Regimes = regimes.ToImmutable(),
            Titles = titles.ToImmutable(),
            Designations = designations.ToImmutable(),
            DatesOfBirth = dates.ToImmutable(),
            PlacesOfBirth = places.ToImmutable(),
            Nationalities = nationalities.ToImmutable(),
            Addresses = addresses.ToImmutable(),
            Documents = documents.ToImmutable(),
            Identifiers = identifiers.ToImmutable(),
            Gender = gender,
            ListedOn = listedOn,
            Comments = comments.Length == 0 ? null : comments,
        };
    }

    /// <summary>The date of birth of a <c>birthdate</c> element: the Gregorian <c>birthdate</c> when given (also for an
    /// Islamic-calendar entry, whose <c>year</c> is the Hijri year), else the parts; <c>circa</c> with a year range is
    /// a range, <c>circa</c> alone approximate.</summary>
    DateOfBirth? BirthDate(XElement birth, string reference)
    {
        var circa = Attribute(birth, "circa") == "true";
        if (Attribute(birth, "yearRangeFrom") is { } fromText && Attribute(birth, "yearRangeTo") is { } toText)
        {
            if (PartialDate.TryParse(fromText, out var from) && PartialDate.TryParse(toText, out var to) && from.Earliest <= to.Latest) return DateOfBirth.Between(from, to);
            LeftOut(birth, "birthdate", reference, $"The year range '{fromText}'–'{toText}' is not a range of years; left out.");
            return null;
        }
        PartialDate date;
        if (Attribute(birth, "birthdate") is { } full)
        {
            if (!ListFields.TryIsoDay(full, out var day))
            {
                LeftOut(birth, "birthdate", reference, $"The birthdate '{full}' is not a date (YYYY-MM-DD); left out.");
                return null;
            }
            date = PartialDate.From(day);
        }
        else if (Attribute(birth, "calendarType") is { } calendar && calendar != "GREGORIAN")
        {
            LeftOut(birth, "birthdate", reference, $"A date of birth in the {calendar} calendar without its Gregorian date; left out.");
            return null;
        }
        else if (Attribute(birth, "year") is { } yearText)
        {
            var text = yearText;
            if (Attribute(birth, "monthOfYear") is { } month) text += $"-{month.PadLeft(2, '0')}" + (Attribute(birth, "dayOfMonth") is { } d ? $"-{d.PadLeft(2, '0')}" : "");
            if (!PartialDate.TryParse(text, out date))
            {
                LeftOut(birth, "birthdate", reference, $"The date of birth '{text}' is not a date; left out.");
                return null;
            }
        }
        else
        {
            return null;
        }
        return circa ? DateOfBirth.Approximately(date) : DateOfBirth.Exact(date);
    }

    /// <summary>The ISO code of the element's country, or its description; null for the file's "unknown" (<c>00</c>).</summary>
    static string? Country(XElement element) =>
        Attribute(element, "countryIso2Code") is { } code && code != "00" ? code : CountryName(element);

    /// <summary>The country as the file describes it, or null for <c>UNKNOWN</c>.</summary>
    static string? CountryName(XElement element) =>
        Attribute(element, "countryDescription") is { } name && name != "UNKNOWN" ? name : null;
}
