using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Interdict.Core.Lists;

namespace Interdict.Lists;

/// <summary>Reads OpenSanctions' FollowTheMoney entities (JSON lines, one entity per line) into one list: every party
/// (<c>Person</c>, <c>Organization</c>, <c>Company</c>, <c>LegalEntity</c>, <c>Vessel</c>, <c>Airplane</c>) that is a
/// <c>target</c> becomes an entry; <c>Sanction</c> entities become its regimes, listing date and listings; <c>Ownership</c>,
/// <c>Directorship</c>, <c>Family</c>, <c>Associate</c> and <c>UnknownLink</c> become <see cref="PartyLink"/>s at both ends;
/// <c>Address</c> and <c>Passport</c> entities fill the party's addresses and documents. The field map is
/// <c>docs/sources/opensanctions.md</c>.</summary>
/// <remarks>Two passes over the entities held in memory (an entity may name another that comes later). Not reusable
/// and not thread-safe. Refused whole, naming the line: bytes that are not UTF-8, a line that is not a JSON object, an
/// entity without <c>id</c>, <c>schema</c> or <c>properties</c>, a property that is not a list of strings, an id that
/// appears twice, a party without a name, a sanction's listing date that is not a date.</remarks>
sealed class FtmReader(string origin)
{
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static readonly FrozenSchemas Parties = new(["Person", "Organization", "Company", "LegalEntity", "PublicBody", "Vessel", "Airplane"]);

    /// <summary>Entities that are read into the parties they concern.</summary>
    static readonly FrozenSchemas Consumed = new(["Sanction", "Ownership", "Directorship", "Family", "Associate", "UnknownLink", "Address", "Passport", "Identification"]);

    readonly List<ImportIssue> _issues = [];

    sealed record Entity(string Id, string Schema, string? Caption, bool Target, ImmutableArray<string> Datasets, Dictionary<string, string[]> Properties, int Line)
    {
        public string[] Get(string property) => Properties.TryGetValue(property, out var values) ? values : [];

        public string? First(string property) => Get(property).FirstOrDefault();

        public string Name => Caption ?? First("name") ?? Id;
    }

    sealed class Fault(int line, int? column, string? element, string? record, string message) : Exception(message)
    {
        public ImportIssue Issue(string origin) => new(origin, line, column, element, record, Message + " Nothing was imported.");
    }

    public ImportResult Read(Stream stream, DateTimeOffset published)
    {
        try
        {
            var entities = ReadEntities(stream);
            foreach (var sanction in entities.Where(e => e.Schema == "Sanction")) ListingDate(sanction);
            var byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
            var parties = entities.Where(e => Parties.Contains(e.Schema) && e.Target).ToList();
            var listed = parties.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            var related = new Dictionary<string, List<Entity>>(StringComparer.Ordinal);
            foreach (var entity in entities.Where(e => Consumed.Contains(e.Schema)))
            {
                foreach (var property in ReferenceProperties(entity.Schema))
                {
                    foreach (var id in entity.Get(property))
                    {
                        if (!related.TryGetValue(id, out var list)) related[id] = list = [];
                        if (!list.Contains(entity)) list.Add(entity);
                    }
                }
            }
            foreach (var group in entities.Where(e => !Parties.Contains(e.Schema) && !Consumed.Contains(e.Schema)).GroupBy(e => e.Schema))
            {
                _issues.Add(new ImportIssue(origin, group.First().Line, null, group.Key, null,
                    $"{group.Count()} entities of schema {group.Key} are not parties or their relations; not imported."));
            }
            var skipped = entities.Count(e => Parties.Contains(e.Schema) && !e.Target);
            if (skipped > 0)
            {
                _issues.Add(new ImportIssue(origin, entities.First(e => Parties.Contains(e.Schema) && !e.Target).Line, null, "target", null,
                    $"{skipped} parties are not targets (context such as a register's company): not entries, kept only as the names of links."));
            }
            var entries = ImmutableArray.CreateBuilder<ListEntry>(parties.Count);
            foreach (var party in parties)
            {
                entries.Add(ToEntry(party, related.GetValueOrDefault(party.Id) ?? [], byId, listed, DateOnly.FromDateTime(published.UtcDateTime)));
            }
            var version = new ListVersion(FtmSource.Source, published, origin);
            return ImportResult.Succeeded(new ListSnapshot(version, entries.MoveToImmutable()), _issues).WithDating(new ListDating(origin, "date"));
        }
        catch (Fault fault)
        {
            return ImportResult.Failed(fault.Issue(origin), _issues);
        }
    }

    static List<Entity> ReadEntities(Stream stream)
    {
        var entities = new List<Entity>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        using var reader = new StreamReader(stream, Utf8, detectEncodingFromByteOrderMarks: true, 64 * 1024, leaveOpen: true);
        var number = 0;
        while (true)
        {
            string? line;
            try
            {
                line = reader.ReadLine();
            }
            catch (DecoderFallbackException exception)
            {
                throw new Fault(number + 1, null, null, null, $"The file is not UTF-8 text ({exception.Message}).");
            }
            if (line is null) break;
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (line.Contains('\0', StringComparison.Ordinal)) throw new Fault(number, line.IndexOf('\0', StringComparison.Ordinal) + 1, null, null, "The line holds a NUL byte: this is not a text file.");
            var entity = Parse(line, number);
            if (!seen.TryAdd(entity.Id, number))
            {
                throw new Fault(number, null, "id", entity.Id, string.Create(CultureInfo.InvariantCulture,
                    $"The id {entity.Id} appears twice (lines {seen[entity.Id]} and {number}): the file is damaged or two exports were joined."));
            }
            entities.Add(entity);
        }
        if (entities.Count == 0) throw new Fault(0, null, null, null, "The file holds no entities.");
        return entities;
    }

    static Entity Parse(string line, int number)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            var column = exception.BytePositionInLine is { } position ? (int)position + 1 : (int?)null;
            throw new Fault(number, column, null, null, $"The line is not a complete JSON object (is the file truncated?): {exception.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new Fault(number, 1, null, null, $"The line is a JSON {root.ValueKind}, not an entity object.");
            if (root.TryGetProperty("op", out _) && root.TryGetProperty("entity", out _))
            {
                throw new Fault(number, 1, "op", null, "This is a delta file (lines of op and entity), not an entity export: import the dataset's entities file.");
            }
            var id = Text.Clean(String(root, "id", number, null));
            if (id is null) throw new Fault(number, null, "id", null, "The entity has no id.");
            var schema = Text.Clean(String(root, "schema", number, id));
            if (schema is null) throw new Fault(number, null, "schema", id, "The entity has no schema.");
            if (!root.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
            {
                throw new Fault(number, null, "properties", id, "The entity has no properties object.");
            }
            var values = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var property in properties.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.Array || property.Value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
                {
                    throw new Fault(number, null, $"properties.{property.Name}", id, $"The property {property.Name} is not a list of strings.");
                }
                values[property.Name] = [.. property.Value.EnumerateArray().Select(v => Text.Clean(v.GetString())).OfType<string>()];
            }
            var target = root.TryGetProperty("target", out var t) && t.ValueKind == JsonValueKind.True;
            var datasets = root.TryGetProperty("datasets", out var d) && d.ValueKind == JsonValueKind.Array
                ? d.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToImmutableArray()
                : [];
            return new Entity(id, schema, Text.Clean(String(root, "caption", number, id)), target, datasets, values, number);
        }
    }

    static string? String(JsonElement root, string name, int line, string? record)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String) throw new Fault(line, null, name, record, $"The {name} is a JSON {value.ValueKind}, not a string.");
        return value.GetString();
    }

    /// <summary>The properties by which an auxiliary entity names the parties it concerns.</summary>
    static string[] ReferenceProperties(string schema) => schema switch
    {
        "Sanction" => ["entity"],
        "Ownership" => ["owner", "asset"],
        "Directorship" => ["director", "organization"],
        "Family" => ["person", "relative"],
        "Associate" => ["person", "associate"],
        "UnknownLink" => ["subject", "object"],
        "Passport" or "Identification" => ["holder"],
        _ => [],
    };

    ListEntry ToEntry(Entity party, List<Entity> related, Dictionary<string, Entity> byId, HashSet<string> listed, DateOnly asOf)
    {
        var kind = party.Schema switch
        {
            "Person" => PartyKind.Person,
            "Vessel" => PartyKind.Vessel,
            "Airplane" => PartyKind.Aircraft,
            _ => PartyKind.Organization,
        };
        var names = ImmutableArray.CreateBuilder<PartyName>();
        var primary = party.Caption ?? party.First("name")
            ?? throw new Fault(party.Line, null, "name", party.Id, "The party has neither a caption nor a name: an entry without a name cannot be screened.");
        names.Add(new PartyName(primary));
        foreach (var name in party.Get("name")) ListFields.AddName(names, new PartyName(name, ListFields.AliasKind(name)));
        foreach (var name in party.Get("alias")) ListFields.AddName(names, new PartyName(name, ListFields.AliasKind(name)));
        foreach (var name in party.Get("previousName")) ListFields.AddName(names, new PartyName(name, NameKind.FormerName));
        foreach (var name in party.Get("weakAlias").Concat(party.Get("abbreviation"))) ListFields.AddName(names, new PartyName(name, NameKind.Alias, NameQuality.Low));

        var dates = ImmutableArray.CreateBuilder<DateOfBirth>();
        foreach (var text in party.Get("birthDate"))
        {
            if (!PartialDate.TryParse(text.Length > 10 ? text[..10] : text, out var date))
            {
                _issues.Add(new ImportIssue(origin, party.Line, null, "birthDate", party.Id, $"The birthDate '{text}' is not YYYY, YYYY-MM or YYYY-MM-DD; left out."));
                continue;
            }
            var birth = DateOfBirth.Exact(date);
            if (!dates.Contains(birth)) dates.Add(birth);
        }
        var places = ImmutableArray.CreateBuilder<Address>();
        foreach (var place in party.Get("birthPlace")) places.Add(new Address(City: place));
        foreach (var country in party.Get("birthCountry")) places.Add(new Address(Country: country));

        var nationalities = ImmutableArray.CreateBuilder<string>();
        var countryProperties = kind == PartyKind.Person ? new[] { "nationality", "citizenship" } : ["jurisdiction", "flag", "mainCountry"];
        foreach (var property in countryProperties)
        {
            foreach (var country in party.Get(property)) AddDistinct(nationalities, country.ToUpperInvariant());
        }

        var identifiers = ImmutableArray.CreateBuilder<Identifier>();
        foreach (var value in party.Get("imoNumber")) IdentifierScanner.Add(identifiers, IdentifierKind.Imo, value);
        foreach (var value in party.Get("swiftBic")) IdentifierScanner.Add(identifiers, IdentifierKind.SwiftBic, value);
        foreach (var value in party.Get("mmsi")) IdentifierScanner.Add(identifiers, IdentifierKind.Mmsi, value);
        foreach (var value in party.Get("callSign")) IdentifierScanner.Add(identifiers, IdentifierKind.CallSign, value);
        foreach (var value in party.Get("leiCode")) IdentifierScanner.Add(identifiers, IdentifierKind.Registration, value);
        // Register and tax numbers are unique only within one country: text (ListFields.Registration), as for OFAC.
        var registrations = new List<string>();
        foreach (var property in new[] { "registrationNumber", "innCode", "ogrnCode", "kppCode", "taxNumber", "vatCode", "uniqueEntityId", "bikCode", "okpoCode" })
        {
            foreach (var value in party.Get(property).Distinct(StringComparer.Ordinal)) registrations.Add(ListFields.Registration(property, value, null));
        }
        var documents = ImmutableArray.CreateBuilder<IdentityDocument>();
        foreach (var value in party.Get("passportNumber")) AddDocument(documents, new IdentityDocument(DocumentKind.Passport, value));
        foreach (var value in party.Get("idNumber")) AddDocument(documents, new IdentityDocument(DocumentKind.NationalId, value));

        var addresses = ImmutableArray.CreateBuilder<Address>();
        foreach (var id in party.Get("addressEntity"))
        {
            if (!byId.TryGetValue(id, out var address) || address.Schema != "Address") continue;
            var value = address.First("street") is null && address.First("city") is null
                ? new Address(Street: address.First("full"), Country: address.First("country")?.ToUpperInvariant())
                : new Address(address.First("street"), address.First("city"), address.First("region"), address.First("postalCode"), address.First("country")?.ToUpperInvariant());
            if (value.ToString().Length > 0 && !addresses.Contains(value)) addresses.Add(value);
        }
        // The plain address strings, unless an address entity already says the same.
        foreach (var text in party.Get("address"))
        {
            if (!addresses.Any(a => a.Street == text || a.ToString() == text)) addresses.Add(new Address(Street: text));
        }

        var regimes = ImmutableArray.CreateBuilder<string>();
        foreach (var program in party.Get("programId")) AddDistinct(regimes, program);
        var listings = new List<string>();
        DateOnly? listedOn = null;
        var links = ImmutableArray.CreateBuilder<PartyLink>();
        foreach (var other in related)
        {
            // A relation that ended by the version's date (a sold share, a former director) is history, not a link:
            // kept, ended shares would add up to more than the owner holds (149 % of LLC CST in the sample).
            if (other.Schema is not "Sanction" && other.Get("endDate").Any(end => PartialDate.TryParse(end.Length > 10 ? end[..10] : end, out var ended) && ended.Latest <= asOf)) continue;
            switch (other.Schema)
            {
                case "Sanction":
                    // The programme's id only: its name (kept in the comments) can be a paragraph of legal text.
                    AddDistinct(regimes, other.First("programId"));
                    if (ListingDate(other) is { } day && (listedOn is null || day < listedOn)) listedOn = day;
                    var since = other.First("listingDate") ?? other.First("startDate");
                    listings.Add($"{other.First("authority") ?? other.First("country") ?? "listed"}{(other.First("program") is { } p ? $" ({p})" : "")}{(since is null ? "" : $" since {since}")}");
                    break;
                case "Passport" or "Identification":
                    if (other.First("number") is { } number) AddDocument(documents, new IdentityDocument(other.Schema == "Passport" ? DocumentKind.Passport : DocumentKind.Other, number, other.First("country")?.ToUpperInvariant(), other.First("type")));
                    break;
                case "Ownership":
                    var share = Share(other.First("percentage"));
                    var role = other.First("role");
                    foreach (var owner in other.Get("owner").Where(o => o != party.Id && other.Get("asset").Contains(party.Id)))
                        links.Add(Link(LinkKind.OwnedBy, owner, role, share));
                    foreach (var asset in other.Get("asset").Where(a => a != party.Id && other.Get("owner").Contains(party.Id)))
                        links.Add(Link(LinkKind.Owns, asset, role, share));
                    break;
                case "Directorship":
                    foreach (var director in other.Get("director").Where(o => o != party.Id && other.Get("organization").Contains(party.Id)))
                        links.Add(Link(LinkKind.DirectedBy, director, other.First("role"), null));
                    foreach (var organization in other.Get("organization").Where(o => o != party.Id && other.Get("director").Contains(party.Id)))
                        links.Add(Link(LinkKind.Directs, organization, other.First("role"), null));
                    break;
                case "Family" or "Associate" or "UnknownLink":
                    var (a, b) = other.Schema switch { "Family" => ("person", "relative"), "Associate" => ("person", "associate"), _ => ("subject", "object") };
                    var linkKind = other.Schema switch { "Family" => LinkKind.Family, "Associate" => LinkKind.Associate, _ => LinkKind.LinkedTo };
                    foreach (var end in other.Get(a).Concat(other.Get(b)).Where(o => o != party.Id))
                        links.Add(Link(linkKind, end, other.First("relationship") ?? other.First("role"), null));
                    break;
            }
        }

        var comments = new List<string>();
        if (!party.Datasets.IsDefaultOrEmpty) comments.Add($"Datasets: {string.Join(", ", party.Datasets)}.");
        if (listings.Count > 0) comments.Add($"Listed by {string.Join("; ", listings.Distinct(StringComparer.Ordinal))}.");
        if (party.Get("topics").Length > 0) comments.Add($"Topics: {string.Join(", ", party.Get("topics"))}.");
        comments.AddRange(registrations);
        comments.AddRange(party.Get("notes").Concat(party.Get("summary")));
        var text2 = string.Join(" ", comments);
        return new ListEntry
        {
            Source = FtmSource.Source,
            Reference = party.Id,
            Kind = kind,
            Names = names.ToImmutable(),
            Regimes = regimes.ToImmutable(),
            Titles = [.. party.Get("title").Distinct(StringComparer.Ordinal)],
            Designations = [.. party.Get("position").Distinct(StringComparer.Ordinal)],
            DatesOfBirth = dates.ToImmutable(),
            PlacesOfBirth = places.ToImmutable(),
            Nationalities = nationalities.ToImmutable(),
            Addresses = addresses.ToImmutable(),
            Documents = documents.ToImmutable(),
            Identifiers = identifiers.ToImmutable(),
            Gender = ListFields.Gender(party.First("gender")),
            ListedOn = listedOn,
            Comments = text2.Length == 0 ? null : text2,
            Links = links.ToImmutable(),
        };

        PartyLink Link(LinkKind linkKind, string id, string? role, decimal? share) =>
            new(linkKind, byId.TryGetValue(id, out var other) ? other.Name : id, listed.Contains(id) ? id : null, role, share);
    }

    /// <summary>The earliest whole day of a sanction's <c>listingDate</c> and <c>startDate</c> (a year alone would date
    /// the listing to 1 January, so it dates nothing); a value that is no date at all refuses the file.</summary>
    static DateOnly? ListingDate(Entity sanction)
    {
        DateOnly? earliest = null;
        foreach (var property in new[] { "listingDate", "startDate" })
        {
            foreach (var text in sanction.Get(property))
            {
                if (!PartialDate.TryParse(text.Length > 10 ? text[..10] : text, out var date))
                {
                    throw new Fault(sanction.Line, null, property, sanction.Id, $"The sanction's {property} '{text}' is not a date (YYYY-MM-DD).");
                }
                if (date.IsComplete && (earliest is null || date.Earliest < earliest)) earliest = date.Earliest;
            }
        }
        return earliest;
    }

    /// <summary>A percentage as OpenSanctions writes it (<c>50</c>, <c>25.5</c>, <c>100%</c>), or null.</summary>
    static decimal? Share(string? text) =>
        text is not null && decimal.TryParse(text.TrimEnd('%', ' '), NumberStyles.Number, CultureInfo.InvariantCulture, out var share) && share is >= 0 and <= 100 ? share : null;

    static void AddDocument(ImmutableArray<IdentityDocument>.Builder documents, IdentityDocument document)
    {
        if (!documents.Any(d => d.Number == document.Number && d.Kind == document.Kind)) documents.Add(document);
    }

    static void AddDistinct(ImmutableArray<string>.Builder into, string? value)
    {
        if (value is not null && !into.Contains(value)) into.Add(value);
    }

    /// <summary>A small set of schema names.</summary>
    sealed class FrozenSchemas(string[] names)
    {
        readonly HashSet<string> _names = new(names, StringComparer.Ordinal);

        public bool Contains(string name) => _names.Contains(name);
    }
}
