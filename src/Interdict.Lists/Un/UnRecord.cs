using System.Collections.Immutable;
using Interdict.Core.Lists;

namespace Interdict.Lists;

/// <summary>The fields of one UN record as they are read, before they become a <see cref="ListEntry"/>.</summary>
sealed class UnRecord(PartyKind kind)
{
    readonly HashSet<int> _translatedDocuments = [];

    public string?[] NameParts { get; } = new string?[4];
    public string? OriginalScript { get; set; }
    public string? Regime { get; set; }
    public string? Reference { get; set; }
    public DateOnly? ListedOn { get; set; }
    public string? Gender { get; set; }
    public string? Comments { get; set; }
    public List<string> Titles { get; } = [];
    public List<string> Designations { get; } = [];
    public List<string> Nationalities { get; } = [];
    public List<DateOnly> Updated { get; } = [];
    public List<PartyName> Aliases { get; } = [];
    public List<Address> Addresses { get; } = [];
    public List<Address> PlacesOfBirth { get; } = [];
    public List<DateOfBirth> DatesOfBirth { get; } = [];
    public List<IdentityDocument> Documents { get; } = [];

    /// <summary>FIRST_NAME..FOURTH_NAME joined in order with single spaces; null when all are empty.</summary>
    public string? PrimaryName()
    {
        string? joined = null;
        foreach (var part in NameParts)
        {
            if (part is null) continue;
            joined = joined is null ? part : string.Concat(joined, " ", part);
        }
        return Text.Clean(joined);
    }

    public void AddName(PartyName name)
    {
        foreach (var existing in Aliases)
        {
            if (string.Equals(existing.Full, name.Full, StringComparison.Ordinal) && existing.Kind == name.Kind) return;
        }
        Aliases.Add(name);
    }

    /// <summary>Adds a document. The UN often states one passport three times, typed "Passport", "Numéro de passeport"
    /// and "Número de pasaporte": a document with the same kind, number and country as one already there is merged
    /// into it, the English-typed one winning.</summary>
    public void AddDocument(IdentityDocument document, bool translated)
    {
        for (var i = 0; i < Documents.Count; i++)
        {
            var existing = Documents[i];
            if (existing.Kind != document.Kind || existing.Number.Length == 0
                || !string.Equals(existing.Number, document.Number, StringComparison.Ordinal)
                || !string.Equals(existing.Country, document.Country, StringComparison.Ordinal))
            {
                continue;
            }
            if (_translatedDocuments.Contains(i) && !translated)
            {
                Documents[i] = document;
                _translatedDocuments.Remove(i);
            }
            return;
        }
        if (translated) _translatedDocuments.Add(Documents.Count);
        Documents.Add(document);
    }

    public void AddDateOfBirth(DateOfBirth date)
    {
        if (!DatesOfBirth.Contains(date)) DatesOfBirth.Add(date);
    }

    public void AddPlaceOfBirth(Address place)
    {
        if (!PlacesOfBirth.Contains(place)) PlacesOfBirth.Add(place);
    }

    /// <summary>Builds the entry; null when the record has no name at all (then <paramref name="problem"/> says so).
    /// <paramref name="problem"/> is also set when the entry was built with a caveat.</summary>
    public ListEntry? ToEntry(out string? problem)
    {
        problem = null;
        var names = ImmutableArray.CreateBuilder<PartyName>(Aliases.Count + 2);
        var primary = PrimaryName();
        var aliases = Aliases;
        if (primary is null)
        {
            if (Aliases.Count == 0)
            {
                problem = "Record without any name (FIRST_NAME..FOURTH_NAME and aliases empty); skipped.";
                return null;
            }
            primary = Aliases[0].Full;
            aliases = Aliases.GetRange(1, Aliases.Count - 1);
            problem = $"Record without FIRST_NAME..FOURTH_NAME; its first alias '{primary}' is used as the primary name.";
        }
        names.Add(new PartyName(primary));
        foreach (var alias in aliases)
        {
            if (alias.Kind == NameKind.Alias && string.Equals(alias.Full, primary, StringComparison.Ordinal)) continue;
            names.Add(alias);
        }
        if (OriginalScript is not null) names.Add(new PartyName(OriginalScript, NameKind.OriginalScript));

        var identifiers = ImmutableArray.CreateBuilder<Identifier>();
        IdentifierScanner.Scan(Comments, identifiers);
        Updated.Sort();

        return new ListEntry
        {
            Source = UnListParser.Source,
            Reference = Reference!,
            Kind = kind,
            Names = names.DrainToImmutable(),
            Regimes = Regime is null ? [] : [Regime],
            Titles = [.. Titles],
            Designations = [.. Designations],
            DatesOfBirth = [.. DatesOfBirth],
            PlacesOfBirth = [.. PlacesOfBirth],
            Nationalities = [.. Nationalities],
            Addresses = [.. Addresses],
            Documents = [.. Documents],
            Identifiers = identifiers.DrainToImmutable(),
            Gender = Gender,
            ListedOn = ListedOn,
            Updated = [.. Updated.Distinct()],
            Comments = Comments,
        };
    }
}
