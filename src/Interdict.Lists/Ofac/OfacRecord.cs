using System.Collections.Immutable;
using Interdict.Core.Lists;

namespace Interdict.Lists;

/// <summary>One SDN entry while its four files are being read.</summary>
sealed class OfacRecord(string reference, int line, PartyKind kind, string name)
{
    public string Reference { get; } = reference;
    public int Line { get; } = line;
    public PartyKind Kind { get; } = kind;
    public string Name { get; } = name;
    public string? Program { get; set; }
    public string? Title { get; set; }
    public string? CallSign { get; set; }
    public string? VesselType { get; set; }
    public string? Tonnage { get; set; }
    public string? GrossRegisteredTonnage { get; set; }
    public string? VesselFlag { get; set; }
    public string? VesselOwner { get; set; }
    public string? Remarks { get; set; }
    public List<PartyName> AltNames { get; } = [];
    public List<Address> Addresses { get; } = [];

    /// <summary>Builds the entry from the columns and the facts read from the remarks.</summary>
    public ListEntry ToEntry(OfacRemarks remarks)
    {
        var names = ImmutableArray.CreateBuilder<PartyName>(1 + AltNames.Count + remarks.Names.Count);
        names.Add(new PartyName(Name));
        foreach (var name in AltNames) AddName(names, name);
        foreach (var name in remarks.Names) AddName(names, name);

        var nationalities = new List<string>(remarks.Nationalities.Count + 1);
        if (VesselFlag is not null) nationalities.Add(VesselFlag);
        foreach (var nationality in remarks.Nationalities)
        {
            if (!nationalities.Contains(nationality)) nationalities.Add(nationality);
        }

        var identifiers = ImmutableArray.CreateBuilder<Identifier>();
        if (CallSign is not null) IdentifierScanner.Add(identifiers, IdentifierKind.CallSign, CallSign);
        foreach (var identifier in remarks.Identifiers) IdentifierScanner.Add(identifiers, identifier.Kind, identifier.Value);

        return new ListEntry
        {
            Source = OfacSdnParser.Source,
            Reference = Reference,
            Kind = Kind,
            Names = names.DrainToImmutable(),
            Regimes = SplitProgram(Program),
            Designations = Title is null ? [] : [Title],
            DatesOfBirth = [.. remarks.DatesOfBirth],
            PlacesOfBirth = [.. remarks.PlacesOfBirth],
            Nationalities = [.. nationalities],
            Addresses = [.. Addresses],
            Documents = [.. remarks.Documents],
            Identifiers = identifiers.DrainToImmutable(),
            Gender = remarks.Gender,
            Comments = Comments(),
            Links = [.. remarks.Links],
        };
    }

    static void AddName(ImmutableArray<PartyName>.Builder names, PartyName name)
    {
        foreach (var existing in names)
        {
            if (string.Equals(existing.Full, name.Full, StringComparison.Ordinal)) return;
        }
        names.Add(name);
    }

    /// <summary>OFAC writes several programmes as <c>SDGT] [IFSR</c> (the outer brackets dropped).</summary>
    internal static ImmutableArray<string> SplitProgram(string? program)
    {
        if (program is null) return [];
        var parts = program.Split(']', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var regimes = ImmutableArray.CreateBuilder<string>(parts.Length);
        foreach (var part in parts)
        {
            var regime = part.Trim('[', ' ');
            if (regime.Length > 0 && !regimes.Contains(regime)) regimes.Add(regime);
        }
        return regimes.DrainToImmutable();
    }

    /// <summary>The remarks as written, followed by the vessel columns that have no field of their own.</summary>
    string? Comments()
    {
        if (VesselType is null && Tonnage is null && GrossRegisteredTonnage is null && VesselOwner is null) return Remarks;
        var parts = new List<string>(4);
        if (VesselType is not null) parts.Add($"Vessel type {VesselType}");
        if (Tonnage is not null) parts.Add($"Tonnage {Tonnage}");
        if (GrossRegisteredTonnage is not null) parts.Add($"GRT {GrossRegisteredTonnage}");
        if (VesselOwner is not null) parts.Add($"Vessel owner {VesselOwner}");
        var vessel = string.Join("; ", parts) + ".";
        return Remarks is null ? vessel : $"{Remarks} {vessel}";
    }
}
