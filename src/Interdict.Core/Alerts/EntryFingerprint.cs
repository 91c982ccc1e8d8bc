using Interdict.Core.Lists;

namespace Interdict.Core.Alerts;

/// <summary>A stable SHA-256 (hex) of the fields of a list entry that screening reads.</summary>
/// <remarks>Kind, every name with its kind and quality, dates of birth, nationalities, identifiers and
/// document numbers, in list order. An amendment that changes none of them (a new comment, a new
/// "updated on" date) keeps the fingerprint, so a confirmed false positive stays suppressed; any change to them
/// lifts the suppression, because the analyst decided on different facts.</remarks>
public static class EntryFingerprint
{
    /// <summary>The fingerprint of <paramref name="entry"/>.</summary>
    public static string Of(ListEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var hash = new CanonicalHash();
        hash.Add("entry/1").Add(entry.Source).Add(entry.Reference).Add(entry.Kind.ToString());
        hash.Add(entry.Names.Length);
        foreach (var name in entry.Names) hash.Add(name.Full).Add(name.Kind.ToString()).Add(name.Quality.ToString());
        hash.Add(entry.DatesOfBirth.Length);
        foreach (var date in entry.DatesOfBirth) hash.Add(date.Kind.ToString()).Add(date.From.ToString()).Add(date.To.ToString());
        hash.Add(entry.Nationalities.Length);
        foreach (var nationality in entry.Nationalities) hash.Add(nationality);
        hash.Add(entry.Identifiers.Length);
        foreach (var identifier in entry.Identifiers) hash.Add(identifier.Kind.ToString()).Add(identifier.Value);
        hash.Add(entry.Documents.Length);
        foreach (var document in entry.Documents) hash.Add(document.Kind.ToString()).Add(document.Number).Add(document.Country);
        return hash.ToHex();
    }
}
