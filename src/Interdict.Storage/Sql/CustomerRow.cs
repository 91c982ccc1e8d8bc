using Interdict.Core.Customers;
using Interdict.Core.Lists;

namespace Interdict.Storage.Sql;

/// <summary>A <c>customers</c> row.</summary>
internal sealed class CustomerRow
{
    public const string Columns = $"{FieldColumns}, revision, created_at, updated_at";

    /// <summary>The columns a write supplies (the customer's fields), and their parameters in the same order.</summary>
    public const string FieldColumns = "id, name, kind, date_of_birth, nationality, country, identifiers, fingerprint, owners";

    /// <inheritdoc cref="FieldColumns"/>
    public const string FieldParameters = "@Id, @Name, @Kind, @DateOfBirth, @Nationality, @Country, @Identifiers, @Fingerprint, @Owners";

    /// <summary>The upsert both providers accept: insert, or update only when the fingerprint differs. Returns the
    /// revision when a row was written (1: created), and no row when the customer was unchanged. Its parameters are
    /// those of a row from <see cref="From"/>.</summary>
    public const string UpsertSql = $"""
        INSERT INTO customers ({Columns})
        VALUES ({FieldParameters}, 1, @UpdatedAt, @UpdatedAt)
        ON CONFLICT (id) DO UPDATE SET
            name = excluded.name, kind = excluded.kind, date_of_birth = excluded.date_of_birth,
            nationality = excluded.nationality, country = excluded.country, identifiers = excluded.identifiers,
            owners = excluded.owners, fingerprint = excluded.fingerprint, revision = customers.revision + 1, updated_at = excluded.updated_at
        WHERE customers.fingerprint <> excluded.fingerprint
        RETURNING revision, created_at
        """;

    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? DateOfBirth { get; set; }
    public string? Nationality { get; set; }
    public string? Country { get; set; }
    public string Identifiers { get; set; } = "[]";
    public string Fingerprint { get; set; } = "";
    public string Owners { get; set; } = "[]";
    public long Revision { get; set; }
    public long CreatedAt { get; set; }
    public long UpdatedAt { get; set; }

    /// <summary>The row that writing <paramref name="customer"/> at <paramref name="now"/> (microseconds) supplies.</summary>
    public static CustomerRow From(Customer customer, long now = 0) => new()
    {
        Id = customer.Id,
        Name = customer.Name,
        Kind = customer.Kind.ToString(),
        DateOfBirth = customer.DateOfBirth?.ToString(),
        Nationality = customer.Nationality,
        Country = customer.Country,
        Identifiers = JsonText.Identifiers(customer.Identifiers),
        Fingerprint = customer.Fingerprint,
        Owners = JsonText.Owners(customer.Owners),
        CreatedAt = now,
        UpdatedAt = now,
    };

    public Customer ToCustomer() => new(Id, Name, Enum.Parse<PartyKind>(Kind))
    {
        DateOfBirth = PartialDate.TryParse(DateOfBirth, out var date) ? date : null,
        Nationality = Nationality,
        Country = Country,
        Identifiers = JsonText.ReadIdentifiers(Identifiers),
        Owners = JsonText.ReadOwners(Owners),
        Revision = checked((int)Revision),
        CreatedAt = Micros.To(CreatedAt),
        UpdatedAt = Micros.To(UpdatedAt),
    };

    /// <summary>Reads a row from a reader positioned on <see cref="Columns"/>, without reflection (for streaming millions).</summary>
    public static Customer Read(System.Data.Common.DbDataReader reader) => new CustomerRow
    {
        Id = reader.GetString(0),
        Name = reader.GetString(1),
        Kind = reader.GetString(2),
        DateOfBirth = reader.IsDBNull(3) ? null : reader.GetString(3),
        Nationality = reader.IsDBNull(4) ? null : reader.GetString(4),
        Country = reader.IsDBNull(5) ? null : reader.GetString(5),
        Identifiers = reader.GetString(6),
        Fingerprint = reader.GetString(7),
        Owners = reader.GetString(8),
        Revision = reader.GetInt64(9),
        CreatedAt = reader.GetInt64(10),
        UpdatedAt = reader.GetInt64(11),
    }.ToCustomer();
}
