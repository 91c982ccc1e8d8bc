using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;
using Interdict.Core.Lists;

namespace Interdict.Lists;

/// <summary>Reads the UK Sanctions List XML (root <c>Designations</c>, one <c>Designation</c> per listed party). The
/// field map is <c>docs/sources/uk.md</c>.</summary>
sealed class UkSanctionsListReader(string origin) : XmlListReader(origin)
{
    protected override string RootName => "Designations";

    protected override string Description => "the UK Sanctions List (FCDO XML)";

    protected override string RecordName => "Designation";

    protected override string DateField => "DateGenerated";

    protected override string Source => UkSanctionsListSource.Source;

    protected override bool IsHeader(string localName) => localName == "DateGenerated";

    protected override void ReadHeader(XElement header)
    {
        var text = Text.Clean(header.Value);
        if (!ListFields.TryDayFirst(text, out var day)) throw Fault(header, "DateGenerated", null, $"The DateGenerated '{text}' is not a date (DD/MM/YYYY).");
        Generated = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    protected override ImmutableArray<ListEntry> Complete(ImmutableArray<ListEntry> entries) => LinkResolver.Resolve(entries);

    protected override ListEntry ReadRecord(XElement record)
    {
        var reference = Child(record, "UniqueID")
            ?? throw Fault(record, RecordName, null, "A Designation has no UniqueID: it cannot be told apart across versions.");
        var kind = Child(record, "IndividualEntityShip") switch
        {
            "Individual" => PartyKind.Person,
            "Entity" => PartyKind.Organization,
            "Ship" => PartyKind.Vessel,
            var unknown => throw Fault(record, "IndividualEntityShip", reference, $"IndividualEntityShip is '{unknown ?? "missing"}', expected Individual, Entity or Ship."),
        };
        DateOnly? listedOn = null;
        if (Child(record, "DateDesignated") is { } designated)
        {
            if (!ListFields.TryDayFirst(designated, out var day)) throw Fault(Children(record, "DateDesignated").First(), "DateDesignated", reference, $"The DateDesignated '{designated}' is not a date (DD/MM/YYYY).");
            listedOn = day;
        }
        var updated = ImmutableArray<DateOnly>.Empty;
        if (Child(record, "LastUpdated") is { } last && ListFields.TryDayFirst(last, out var lastDay)) updated = [lastDay];

        var names = ImmutableArray.CreateBuilder<PartyName>();
        PartyName? primary = null;
        foreach (var name in Descendants(record, "Name"))
        {
            // Name1…Name5 are the given names in order, Name6 the family name or the entity's whole name.
            var full = string.Join(" ", Enumerable.Range(1, 6).Select(i => Child(name, $"Name{i}")).OfType<string>());
            if (full.Length == 0) continue;
            var type = Child(name, "NameType");
            if (type == "Primary Name" && primary is null)
            {
                primary = new PartyName(full);
                continue;
            }
            var quality = Child(name, "AliasStrength") is { } strength && strength.StartsWith("Low", StringComparison.OrdinalIgnoreCase) ? NameQuality.Low : NameQuality.Good;
            ListFields.AddName(names, new PartyName(full, ListFields.AliasKind(full), quality));
        }
        if (primary is null) throw Fault(record, "Names", reference, "The Designation has no name of NameType 'Primary Name': an entry without a name cannot be screened.");
        names.Insert(0, primary);
        foreach (var script in Texts(record, "NameNonLatinScript")) ListFields.AddName(names, new PartyName(script, NameKind.OriginalScript));

        var regimes = ImmutableArray.CreateBuilder<string>();
        AddDistinct(regimes, Child(record, "RegimeName"));
        var titles = ImmutableArray.CreateBuilder<string>();
        foreach (var title in Texts(record, "Title")) AddDistinct(titles, title);
        var designations = ImmutableArray.CreateBuilder<string>();
        foreach (var position in Texts(record, "Position")) AddDistinct(designations, position);
        var nationalities = ImmutableArray.CreateBuilder<string>();
        foreach (var nationality in Texts(record, "Nationality")) AddDistinct(nationalities, nationality);
        foreach (var flag in Texts(record, "CurrentBelievedFlagOfShip")) AddDistinct(nationalities, flag);

        var dates = ImmutableArray.CreateBuilder<DateOfBirth>();
        foreach (var dob in Descendants(record, "DOB"))
        {
            var written = Text.Clean(dob.Value);
            if (written is null) continue;
            if (DayFirstPartial(written) is not { } date)
            {
                LeftOut(dob, "DOB", reference, $"The date of birth '{written}' is not DD/MM/YYYY (dd and mm for unknown parts) or a year; left out.");
            }
            else if (!dates.Contains(date))
            {
                dates.Add(date);
            }
        }
        var places = ImmutableArray.CreateBuilder<Address>();
        foreach (var location in Descendants(record, "Location"))
        {
            var place = new Address(City: Child(location, "TownOfBirth"), Country: Child(location, "CountryOfBirth"));
            if (place.ToString().Length > 0 && !places.Contains(place)) places.Add(place);
        }
        var addresses = ImmutableArray.CreateBuilder<Address>();
        foreach (var address in Descendants(record, "Address"))
        {
            var street = string.Join(", ", Enumerable.Range(1, 5).Select(i => Child(address, $"AddressLine{i}")).OfType<string>());
            var value = new Address(street.Length == 0 ? null : street, Child(address, "AddressLine6"), null, Child(address, "AddressPostalCode"), Child(address, "AddressCountry"));
            if (value.ToString().Length > 0 && !addresses.Contains(value)) addresses.Add(value);
        }

        var documents = ImmutableArray.CreateBuilder<IdentityDocument>();
        foreach (var passport in Descendants(record, "Passport")) AddDocument(documents, DocumentKind.Passport, Child(passport, "PassportNumber"), Child(passport, "PassportAdditionalInformation"));
        foreach (var id in Descendants(record, "NationalIdentifier")) AddDocument(documents, DocumentKind.NationalId, Child(id, "NationalIdentifierNumber"), Child(id, "NationalIdentifierAdditionalInformation"));
        var identifiers = ImmutableArray.CreateBuilder<Identifier>();
        foreach (var imo in Texts(record, "IMONumber")) IdentifierScanner.Add(identifiers, IdentifierKind.Imo, imo);

        var links = ImmutableArray.CreateBuilder<PartyLink>();
        foreach (var parent in Texts(record, "ParentCompany")) links.Add(new PartyLink(LinkKind.OwnedBy, parent, Role: "parent company"));
        foreach (var subsidiary in Texts(record, "Subsidiary")) links.Add(new PartyLink(LinkKind.Owns, subsidiary, Role: "subsidiary"));
        foreach (var owner in Texts(record, "CurrentOwnerOperator")) links.Add(new PartyLink(LinkKind.OwnedBy, owner, Role: "current owner or operator"));

        var comments = new List<string>();
        if (Child(record, "UNReferenceNumber") is { } un) comments.Add($"UN reference {un}.");
        if (Child(record, "DesignationSource") is { } designationSource) comments.Add($"Designated by {designationSource.Replace("|", ", ", StringComparison.Ordinal)}.");
        if (Child(record, "SanctionsImposed") is { } imposed) comments.Add($"Sanctions: {imposed.Replace("|", ", ", StringComparison.Ordinal)}.");
        AddComment(comments, "Entity type", Texts(record, "TypeOfEntity"));
        // "UK Company no. 06527449": unique only in its register, so text (ListFields.Registration), as written.
        AddComment(comments, "Business registration", Texts(record, "BusinessRegistrationNumber"));
        AddComment(comments, "Vessel type", Texts(record, "TypeOfShip"));
        AddComment(comments, "Tonnage", Texts(record, "TonnageOfShip"));
        AddComment(comments, "Length", Texts(record, "LengthOfShip"));
        AddComment(comments, "Previous flag", Texts(record, "PreviousFlag"));
        AddComment(comments, "Phone", Texts(record, "PhoneNumber"));
        AddComment(comments, "E-mail", Texts(record, "EmailAddress"));
        AddComment(comments, "Website", Texts(record, "Website"));
        if (Child(record, "OtherInformation") is { } other) comments.Add(other);
        if (Child(record, "UKStatementofReasons") is { } reasons) comments.Add(reasons);
        var text = string.Join(" ", comments);
        IdentifierScanner.Scan(text, identifiers);

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
            Gender = ListFields.Gender(Texts(record, "Gender").FirstOrDefault()),
            ListedOn = listedOn,
            Updated = updated,
            Comments = text.Length == 0 ? null : text,
            Links = links.ToImmutable(),
        };
    }

    static void AddDocument(ImmutableArray<IdentityDocument>.Builder documents, DocumentKind kind, string? number, string? note)
    {
        if (number is null) return;
        var document = new IdentityDocument(kind, number, null, note);
        if (!documents.Contains(document)) documents.Add(document);
    }

    static void AddComment(List<string> comments, string label, IEnumerable<string> values)
    {
        var joined = string.Join(", ", values.Distinct(StringComparer.Ordinal));
        if (joined.Length > 0) comments.Add($"{label} {joined}.");
    }

    /// <summary><c>12/05/1958</c>, <c>dd/mm/1945</c> (day and month unknown), <c>dd/05/1945</c>, <c>1946</c>.</summary>
    static DateOfBirth? DayFirstPartial(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 1) return PartialDate.TryParse(parts[0], out var year) && parts[0].Length == 4 ? DateOfBirth.Exact(year) : null;
        if (parts.Length != 3 || parts[2].Length != 4 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var y)) return null;
        int? month = int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : null;
        int? day = int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : null;
        if ((month is null && !parts[1].Equals("mm", StringComparison.OrdinalIgnoreCase)) || (day is null && !parts[0].Equals("dd", StringComparison.OrdinalIgnoreCase))) return null;
        if (month is null) day = null;
        try
        {
            return DateOfBirth.Exact(new PartialDate(y, month, day));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
