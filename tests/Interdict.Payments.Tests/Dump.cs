namespace Interdict.Payments.Tests;

/// <summary>Writes what every sample parses into, for reading by eye (runs only with PAYMENTS_DUMP set).</summary>
public sealed class Dump
{
    [Fact]
    public void DumpSamples()
    {
        var target = Environment.GetEnvironmentVariable("PAYMENTS_DUMP");
        if (string.IsNullOrEmpty(target)) return;
        using var writer = new StreamWriter(target);
        foreach (var file in Samples.IsoFiles.Concat(Samples.MtFiles))
        {
            foreach (var result in new PaymentParser().ParseAll(File.ReadAllText(file), Path.GetRelativePath(Samples.Payments, file)))
            {
                writer.WriteLine($"=== {result}");
                foreach (var note in result.Notes) writer.WriteLine($"  note: {note}");
                if (!result.Success) continue;
                var p = result.Payment;
                foreach (var party in p.Parties)
                {
                    writer.WriteLine($"  {party.Role} [{party.Kind}] name={party.Name?.Value} bic={party.Bic?.Value} ctry={party.Country?.Value} town={party.Town?.Value} @ {party.Place}");
                    foreach (var a in party.AddressLines) writer.WriteLine($"      addr {a.Value} @ {a.Place.Path}");
                    foreach (var i in party.Identifiers) writer.WriteLine($"      id {i.Kind} {i.Scheme} {i.Value} @ {i.Place.Path}");
                }
                foreach (var a in p.Amounts) writer.WriteLine($"  amount {a.Kind} {a.Currency} {a.Value} {a.ValueDate} @ {a.Place}");
                foreach (var t in p.Texts) writer.WriteLine($"  text {t.Kind} '{t.Text}' @ {t.Place}");
                foreach (var c in p.Codes) writer.WriteLine($"  code {c.Kind} {c.Value} @ {c.Place.Path}");
            }
        }
    }
}
