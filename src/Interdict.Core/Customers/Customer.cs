using System.Collections.Immutable;
using Interdict.Core.Lists;
using Interdict.Core.Screening;

namespace Interdict.Core.Customers;

/// <summary>A customer of the institution, kept so that it can be screened again whenever a list changes.</summary>
/// <param name="Id">The caller's own id for the customer (its core-banking or CRM key), 1..200 characters.</param>
/// <param name="Name">The customer's name, in any script.</param>
/// <param name="Kind">Person, organisation, vessel; <see cref="PartyKind.Unknown"/> when not stated.</param>
/// <remarks>Immutable. <see cref="Revision"/>, <see cref="CreatedAt"/> and <see cref="UpdatedAt"/> are set by the
/// store; a customer built by a caller for an upsert leaves them at their defaults.</remarks>
public sealed record Customer(string Id, string Name, PartyKind Kind = PartyKind.Unknown)
{
    /// <summary>The longest accepted <see cref="Id"/>.</summary>
    public const int MaxIdLength = 200;

    /// <summary>The characters a new customer id may use, as docs/api.md states them.</summary>
    public const string IdAlphabet = "ASCII letters and digits, '-', '_', '.', ':' and '@', starting with a letter or digit";

    /// <summary>The caller's id, checked: not blank, at most <see cref="MaxIdLength"/> characters.</summary>
    public string Id { get; } = CheckId(Id);

    /// <summary>True when <paramref name="id"/> uses only <see cref="IdAlphabet"/> and fits <see cref="MaxIdLength"/>:
    /// such an id is one path segment of a URL as it is (no '/', no '..', nothing to escape), so a customer created
    /// over HTTP can always be read back at <c>/v1/customers/{id}</c>.</summary>
    public static bool IsSafeId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength || !char.IsAsciiLetterOrDigit(id[0])) return false;
        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.' or ':' or '@')) return false;
        }
        return true;
    }

    /// <summary>The name, checked: not blank.</summary>
    public string Name { get; } = CheckName(Name);

    /// <summary>Date of birth or, for an organisation, of incorporation; a year alone is allowed.</summary>
    public PartialDate? DateOfBirth { get; init; }

    /// <summary>Nationality (or flag, for a vessel), as a name or ISO 3166 code.</summary>
    public string? Nationality { get; init; }

    /// <summary>Country of residence or registration, as a name or ISO 3166 code.</summary>
    public string? Country { get; init; }

    /// <summary>Known identifiers (IMO, BIC…).</summary>
    public ImmutableArray<Identifier> Identifiers { get; init; } = [];

    /// <summary>The parties that own or control the customer, with their shares where known; screened with it, their
    /// hits weighed by the ownership rule (<see cref="Ownership.OwnershipRule"/>).</summary>
    public ImmutableArray<Owner> Owners { get; init; } = [];

    /// <summary>1 when created, incremented by every change of a screening-relevant field; 0 before it is stored.</summary>
    public int Revision { get; init; }

    /// <summary>When the customer was first stored.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the customer last changed (equal to <see cref="CreatedAt"/> until then).</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>A stable SHA-256 (hex) of every field screening reads: name, kind, date of birth, nationality,
    /// country, identifiers and owners (in a canonical order). Equal fingerprints mean screening would see the same party,
    /// so a confirmed false positive stays suppressed; a different one means the customer changed.</summary>
    public string Fingerprint
    {
        get
        {
            using var hash = new CanonicalHash();
            hash.Add("customer/1").Add(Name).Add(Kind.ToString()).Add(DateOfBirth?.ToString())
                .Add(Nationality).Add(Country);
            var identifiers = Identifiers.IsDefault ? [] : Identifiers;
            hash.Add(identifiers.Length);
            var ordered = identifiers.Length < 2 ? identifiers
                : [.. identifiers.OrderBy(i => i.Kind).ThenBy(i => i.Value, StringComparer.Ordinal)];
            foreach (var identifier in ordered) hash.Add(identifier.Kind.ToString()).Add(identifier.Value);
            // Added only when there are owners: the fingerprint of a customer without owners is the one it had before
            // owners existed, so its suppressed false positives stay suppressed.
            var owners = Owners.IsDefault ? [] : Owners;
            if (owners.Length > 0)
            {
                hash.Add("owners").Add(owners.Length);
                foreach (var owner in owners.OrderBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Share))
                {
                    hash.Add(owner.Name).Add(owner.Share?.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    var ids = owner.Identifiers.IsDefault ? [] : owner.Identifiers;
                    hash.Add(ids.Length);
                    foreach (var identifier in ids.OrderBy(i => i.Kind).ThenBy(i => i.Value, StringComparer.Ordinal))
                        hash.Add(identifier.Kind.ToString()).Add(identifier.Value);
                }
            }
            return hash.ToHex();
        }
    }

    /// <summary>The screening query for this customer.</summary>
    public PartyQuery ToQuery() => new(Name, Kind)
    {
        DateOfBirth = DateOfBirth,
        Nationality = Nationality ?? Country,
        Identifiers = Identifiers.IsDefault ? [] : Identifiers,
    };

    static string CheckId(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (id.Length > MaxIdLength)
            throw new ArgumentOutOfRangeException(nameof(id), id.Length, $"A customer id has at most {MaxIdLength} characters.");
        return id;
    }

    static string CheckName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return name;
    }
}
