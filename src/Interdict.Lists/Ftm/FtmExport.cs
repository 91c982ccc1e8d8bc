using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Interdict.Core;
using Interdict.Core.Lists;

namespace Interdict.Lists;

/// <summary>Any loaded list as FollowTheMoney entities, the data model of OpenSanctions and yente: each entry a
/// <c>Person</c>, <c>Organization</c>, <c>Vessel</c> or <c>Airplane</c> (a target), with one <c>Sanction</c> per regime,
/// and each of its links an <c>Ownership</c>, <c>Directorship</c>, <c>Family</c>, <c>Associate</c> or <c>UnknownLink</c>
/// entity; a linked party that is not on the list is a <c>LegalEntity</c> that is not a target. The field map is
/// docs/sources/opensanctions.md ("Export"); <see cref="FtmReader"/> reads the export back.</summary>
/// <remarks>Ids are stable across versions: a party's is <c>{list}-{reference}</c> (<c>un-KPi.033</c>), a link's and an
/// unlisted party's are derived from what they join, so the same link keeps its id. Thread-safe (no state).</remarks>
public static class FtmExport
{
    /// <summary>The FtM id of a listed party: the list id, a dash, the list's reference (<c>un-KPi.033</c>,
    /// <c>ofac-36</c>); characters an FtM id cannot hold (anything but letters, digits, <c>.</c>, <c>-</c> and
    /// <c>_</c>) become <c>-</c>.</summary>
    /// <param name="source">The list id.</param>
    /// <param name="reference">The entry's reference.</param>
    public static string EntityId(string source, string reference)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(reference);
        var id = new StringBuilder(source.Length + reference.Length + 1).Append(source).Append('-');
        foreach (var c in reference) id.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-');
        return id.ToString();
    }

    /// <summary>The FtM dataset name of a list: its id with <c>_</c> for <c>-</c> (<c>ofac-cons</c> → <c>ofac_cons</c>),
    /// as FtM dataset names hold only lower-case letters, digits and underscores.</summary>
    /// <param name="source">The list id.</param>
    public static string DatasetName(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Replace('-', '_');
    }

    /// <summary>The FtM schema of a kind of party.</summary>
    /// <param name="kind">The party's kind.</param>
    public static string Schema(PartyKind kind) => kind switch
    {
        PartyKind.Person => "Person",
        PartyKind.Organization => "Organization",
        PartyKind.Vessel => "Vessel",
        PartyKind.Aircraft => "Airplane",
        _ => "LegalEntity",
    };

    /// <summary>FtM's timestamp form: seconds, no zone (<c>2026-02-27T00:00:00</c>), in UTC.</summary>
    /// <param name="time">The instant.</param>
    public static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    static string Timestamp(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00";

    /// <summary>A country as FtM writes it: the ISO 3166 code in lower case; null when the text names no country.</summary>
    /// <param name="country">A country name or code as a list writes it.</param>
    public static string? CountryCode(string? country) => Countries.ToIsoCode(country)?.ToLowerInvariant();

    /// <summary>A listed party as an FtM entity (the target itself, without its sanctions and links).</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="version">The version it was read from (its generation time is the entity's <c>last_seen</c>).</param>
    public static FtmEntity Party(ListEntry entry, ListVersion version)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(version);
        var properties = new PropertyBag();
        foreach (var name in entry.Names)
        {
            var property = name switch
            {
                { Kind: NameKind.Primary } => "name",
                { Kind: NameKind.FormerName } => "previousName",
                { Quality: NameQuality.Low } => "weakAlias",
                _ => "alias",
            };
            properties.Add(property, name.Full);
        }
        foreach (var birth in entry.DatesOfBirth)
        {
            properties.Add("birthDate", birth.From.ToString());
            if (birth.Kind == DateOfBirthKind.Between) properties.Add("birthDate", birth.To.ToString());
        }
        foreach (var place in entry.PlacesOfBirth) properties.Add("birthPlace", place.ToString());
        // A person's nationality; an organisation's country of registration (jurisdiction); a vessel's flag.
        var countryOfParty = entry.Kind switch { PartyKind.Person => "nationality", PartyKind.Vessel or PartyKind.Aircraft => "flag", _ => "jurisdiction" };
        foreach (var nationality in entry.Nationalities) properties.Add(countryOfParty, CountryCode(nationality));
        foreach (var address in entry.Addresses)
        {
            properties.Add("address", address.ToString());
            properties.Add("country", CountryCode(address.Country));
        }
        foreach (var document in entry.Documents) properties.Add(document.Kind == DocumentKind.Passport ? "passportNumber" : "idNumber", document.Number);
        foreach (var identifier in entry.Identifiers)
        {
            var property = identifier.Kind switch
            {
                IdentifierKind.Imo => "imoNumber",
                IdentifierKind.SwiftBic => "swiftBic",
                IdentifierKind.Mmsi => "mmsi",
                IdentifierKind.CallSign => "callSign",
                _ => "registrationNumber",
            };
            properties.Add(property, identifier.Value);
        }
        if (entry.Kind == PartyKind.Person)
        {
            foreach (var title in entry.Titles) properties.Add("title", title);
            foreach (var designation in entry.Designations) properties.Add("position", designation);
            properties.Add("gender", entry.Gender?.ToLowerInvariant() is "male" or "female" ? entry.Gender.ToLowerInvariant() : null);
        }
        properties.Add("notes", entry.Comments);
        properties.Add("topics", "sanction");
        return new FtmEntity(EntityId(entry.Source, entry.Reference), Schema(entry.Kind), entry.PrimaryName.Full, properties.ToList(), [DatasetName(entry.Source)], Target: true)
        {
            FirstSeen = entry.ListedOn is { } listed ? Timestamp(listed) : null,
            LastSeen = Timestamp(version.Generated),
            LastChange = entry.Updated.Length > 0 ? Timestamp(entry.Updated[^1]) : entry.ListedOn is { } day ? Timestamp(day) : null,
        };
    }

    /// <summary>The entities around a listed party: one <c>Sanction</c> per regime, one entity per link, and for a link to
    /// a party that is not on the list, that party as a <c>LegalEntity</c> that is not a target.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="version">The version it was read from.</param>
    public static IEnumerable<FtmEntity> Adjacent(ListEntry entry, ListVersion version)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(version);
        var id = EntityId(entry.Source, entry.Reference);
        var datasets = new[] { DatasetName(entry.Source) };
        var regimes = entry.Regimes.IsDefaultOrEmpty ? [null] : entry.Regimes.Select(r => (string?)r).ToArray();
        for (var i = 0; i < regimes.Length; i++)
        {
            var sanction = new PropertyBag();
            sanction.Add("entity", id);
            sanction.Add("authority", Authority(entry.Source));
            sanction.Add("programId", regimes[i]);
            sanction.Add("listingDate", entry.ListedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            var caption = regimes[i] is { } regime ? $"{Authority(entry.Source)}: {regime}" : Authority(entry.Source);
            yield return new FtmEntity(string.Create(CultureInfo.InvariantCulture, $"{id}-sanction-{i + 1}"), "Sanction", caption, sanction.ToList(), datasets, Target: false);
        }
        foreach (var link in entry.Links)
        {
            var other = link.Reference is { } reference ? EntityId(entry.Source, reference) : $"{entry.Source}-party-{Hash(link.Name)}";
            if (link.Reference is null)
            {
                var unlisted = new PropertyBag();
                unlisted.Add("name", link.Name);
                yield return new FtmEntity(other, "LegalEntity", link.Name, unlisted.ToList(), datasets, Target: false);
            }
            yield return Link(entry.Source, id, entry.PrimaryName.Full, other, link, datasets);
        }
    }

    /// <summary>The whole snapshot as FtM entities, each once: the parties in the list's order, each followed by its
    /// sanctions and by the links and unlisted parties not written before (a link held at both ends is written once).</summary>
    /// <param name="snapshot">The list version.</param>
    public static IEnumerable<FtmEntity> Entities(ListSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in snapshot.Entries)
        {
            var party = Party(entry, snapshot.Version);
            if (written.Add(party.Id)) yield return party;
            foreach (var adjacent in Adjacent(entry, snapshot.Version))
            {
                if (written.Add(adjacent.Id)) yield return adjacent;
            }
        }
    }

    /// <summary>Writes the snapshot as FtM JSON lines (one entity per line, UTF-8, <c>\n</c> after each), an entity at a
    /// time, so that a large list is never held whole as text.</summary>
    /// <param name="snapshot">The list version.</param>
    /// <param name="output">Where to write; left open.</param>
    /// <param name="cancellationToken">Stops between entities.</param>
    /// <returns>The number of entities written.</returns>
    public static async Task<int> WriteAsync(ListSnapshot snapshot, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var count = 0;
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        await using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var entity in Entities(snapshot))
        {
            entity.WriteTo(json);
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
            json.Reset();
            buffer.Write("\n"u8);
            // Written out every 64 KB or so: one write per entity would be thousands of small writes.
            if (buffer.WrittenCount >= 64 * 1024)
            {
                await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                buffer.ResetWrittenCount();
            }
            count++;
        }
        await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>A link as the FtM interval entity of its kind, oriented as FtM has it (the owner is the <c>owner</c>, the
    /// director the <c>director</c>); its id joins the two ends, the kind, the role and the share, so that the same link held at both ends is one entity.</summary>
    static FtmEntity Link(string source, string self, string selfName, string other, PartyLink link, string[] datasets)
    {
        var (schema, first, second, a, b) = link.Kind switch
        {
            LinkKind.OwnedBy => ("Ownership", "owner", "asset", other, self),
            LinkKind.Owns => ("Ownership", "owner", "asset", self, other),
            LinkKind.DirectedBy => ("Directorship", "director", "organization", other, self),
            LinkKind.Directs => ("Directorship", "director", "organization", self, other),
            LinkKind.Family => ("Family", "person", "relative", Min(self, other), Max(self, other)),
            LinkKind.Associate => ("Associate", "person", "associate", Min(self, other), Max(self, other)),
            _ => ("UnknownLink", "subject", "object", Min(self, other), Max(self, other)),
        };
        var properties = new PropertyBag();
        properties.Add(first, a);
        properties.Add(second, b);
        if (link.Share is { } share) properties.Add("percentage", share.ToString(CultureInfo.InvariantCulture));
        properties.Add(schema is "Family" or "Associate" ? "relationship" : "role", link.Role);
        properties.Add("description", link.Quote);
        var caption = $"{(a == self ? selfName : link.Name)} – {(b == self ? selfName : link.Name)}";
        // Role and share are part of the identity: two ownerships of one pair ("subsidiary of", and a 49 % stake) are two links.
        var key = string.Create(CultureInfo.InvariantCulture, $"{schema}|{a}|{b}|{link.Role}|{link.Share}");
        return new FtmEntity($"{source}-link-{Hash(key)}", schema, caption, properties.ToList(), datasets, Target: false);
    }

    static string Min(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? a : b;

    static string Max(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? b : a;

    /// <summary>16 hex digits of the SHA-1 of the text: a stable id part (not a secret, so SHA-1 is enough).</summary>
    static string Hash(string text)
    {
        Span<byte> digest = stackalloc byte[20];
#pragma warning disable CA5350 // an id derived from public data, not a security use
        SHA1.HashData(Encoding.UTF8.GetBytes(text), digest);
#pragma warning restore CA5350
        return Convert.ToHexStringLower(digest[..8]);
    }

    /// <summary>Who sanctions, by list id, for the <c>authority</c> of a <c>Sanction</c>.</summary>
    static string Authority(string source) => source switch
    {
        "un" => "United Nations Security Council",
        "ofac" or "ofac-cons" => "Office of Foreign Assets Control",
        "eu" => "European Union",
        "uk" => "Office of Financial Sanctions Implementation / FCDO",
        "opensanctions" => "OpenSanctions",
        _ => source,
    };

    /// <summary>Properties in the order first added, each value once, blank values left out.</summary>
    sealed class PropertyBag
    {
        readonly List<KeyValuePair<string, IReadOnlyList<string>>> _properties = [];
        readonly Dictionary<string, List<string>> _byName = new(StringComparer.Ordinal);

        public void Add(string property, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return;
            if (!_byName.TryGetValue(property, out var values))
            {
                _byName[property] = values = [];
                _properties.Add(new(property, values));
            }
            if (!values.Contains(value, StringComparer.Ordinal)) values.Add(value);
        }

        public List<KeyValuePair<string, IReadOnlyList<string>>> ToList() => _properties;
    }
}
