using System.Globalization;
using System.Text;

namespace Interdict.Payments.Tests;

/// <summary>A payment written out field by field, one value a line with its place: the form the expected files hold.</summary>
static class Rendering
{
    public static string Render(PaymentReadResult result)
    {
        var text = new StringBuilder();
        if (!result.Success) return text.Append("refused: ").Append(result.Failure).Append('\n').ToString();
        var p = result.Payment;
        text.Append(CultureInfo.InvariantCulture, $"type {p.MessageType}{(p.Variant is null ? "" : " " + p.Variant)}, id {p.MessageId?.Value} @ {p.MessageId?.Place}, {p.Transactions} transaction(s)\n");
        foreach (var note in result.Notes) text.Append("note ").Append(note.Path).Append(": ").Append(note.Message).Append('\n');
        foreach (var party in p.Parties)
        {
            text.Append(CultureInfo.InvariantCulture, $"{party.Role} ({party.Kind}) @ {party.Place}\n");
            if (party.Name is { } name) text.Append(CultureInfo.InvariantCulture, $"  name '{name.Value}' @ {name.Place.Path}\n");
            if (party.Bic is { } bic) text.Append(CultureInfo.InvariantCulture, $"  bic {bic.Value} @ {bic.Place.Path}\n");
            foreach (var line in party.AddressLines) text.Append(CultureInfo.InvariantCulture, $"  address '{line.Value}' @ {line.Place.Path}\n");
            if (party.Town is { } town) text.Append(CultureInfo.InvariantCulture, $"  town '{town.Value}'\n");
            if (party.Country is { } country) text.Append(CultureInfo.InvariantCulture, $"  country {country.Value} @ {country.Place.Path}\n");
            if (party.CountryOfResidence is { } residence) text.Append(CultureInfo.InvariantCulture, $"  residence {residence.Value} @ {residence.Place.Path}\n");
            foreach (var id in party.Identifiers)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {id.Kind}{(id.Scheme is null ? "" : " " + id.Scheme)} '{id.Value}' @ {id.Place.Path}\n");
            }
        }
        foreach (var a in p.Amounts)
        {
            text.Append(CultureInfo.InvariantCulture, $"amount {a.Kind} {a.Currency} {a.Value.ToString(CultureInfo.InvariantCulture)} {a.ValueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"} @ {a.Place}\n");
        }
        foreach (var t in p.Texts) text.Append(CultureInfo.InvariantCulture, $"text {t.Kind} '{t.Text}' @ {t.Place}\n");
        foreach (var c in p.Codes) text.Append(CultureInfo.InvariantCulture, $"code {c.Kind} {c.Value} @ {c.Place.Path}\n");
        return text.ToString();
    }
}
