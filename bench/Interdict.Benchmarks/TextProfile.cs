using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Interdict.Matching.Screening;

namespace Interdict.Benchmarks;

/// <summary>`Interdict.Benchmarks text`: text mode's throughput on payment-like texts of about 200 characters against
/// UN + OFAC, on every core (budget: 20,000 texts/s on two cores).</summary>
/// <remarks>The texts are remittance lines, invoice references and news-like sentences built from templates; one in
/// five holds a listed name (UN or OFAC, as listed), the rest name nobody listed or only unlisted people and firms.
/// Each text is padded with payment boilerplate to about 200 characters, and numbers vary per text as they do in
/// traffic (they defeat any per-text caching).</remarks>
static class TextProfile
{
    static readonly string[] Innocent =
    [
        "INV {0} PAYMENT FOR STEEL COILS PER CONTRACT {1}/21",
        "/ROC/E2E{0} IMPORT OF GOODS INV NO {1} INV DATE 10.10.2025",
        "SALARY MAR {1} JAMES ADAM ACC {0}",
        "TRANSFER FROM NORTHSTAR TRADING CORPORATION SGD {0},011.00",
        "PAYMENT TO EMMANUEL KAINA REF {0} FOR CONSULTING SERVICES",
        "contract with Viajes Mercurio LTDA. dated 27.05.2023 ref {0}",
        "Summit Industrial Services Corporation, a company registered in Dubai, invoice {0}",
        "RENT FOR WAREHOUSE 4 HAMBURG PORT Q3 {0} AS AGREED",
        "/CNC/FRA. {0} CUENTA {1} SEPTIEMBRE MANTENIMIENTO EQUIPOS E INSTALACIONES",
        "Payment of school fees for Maria Gonzalez, account {0}",
    ];

    static readonly string[] WithName =
    [
        "PAYMENT TO {2} REF {0}",
        "BENEFICIARY {2} ACC {0}",
        "contract with {2} dated 15.10.2022 ref {1}",
        "{2} was reported to be in Dubai, said the invoice {0}",
    ];

    /// <summary>The length of every text: issue 13's budget is texts of 200 characters.</summary>
    const int TextLength = 200;

    const string Padding = " /BNF/ REMITTANCE INFORMATION UNSTRUCTURED FOLLOWS NO FURTHER DETAILS PROVIDED BY ORDERING CUSTOMER";

    public static void Run()
    {
        var un = BenchmarkData.Un;
        var ofac = BenchmarkData.Ofac;
        var screener = new Screener([un, ofac]);
        // OFAC writes people "SURNAME, Given"; a payment writes "Given SURNAME".
        var listed = un.Entries.Concat(ofac.Entries).Select(e => e.PrimaryName.Full).Where(n => n.Length is > 6 and < 60)
            .Select(n => n.Split(", ") is [var last, var given] ? $"{given} {last}" : n).ToArray();
        var random = new Random(20261207);
        var texts = new string[20_000];
        for (var i = 0; i < texts.Length; i++)
        {
            var template = i % 5 == 0 ? WithName[random.Next(WithName.Length)] : Innocent[random.Next(Innocent.Length)];
            var text = string.Format(CultureInfo.InvariantCulture, template, random.Next(10_000, 99_999_999), random.Next(10, 999), listed[random.Next(listed.Length)]);
            // Every text 200 characters, the budget's length: padded with remittance boilerplate, cut at 200.
            while (text.Length < TextLength) text += Padding;
            texts[i] = text[..TextLength];
        }
        var averageLength = texts.Average(t => t.Length);
        if (Environment.GetEnvironmentVariable("TEXT_DUMP") is { Length: > 0 } dump)
        {
            Dump(screener, texts, dump);
            return;
        }

        // Warm-up: the index's text data, the JIT and the word caches.
        foreach (var text in texts.AsSpan(0, 4000)) screener.ScreenText(text);

        var hits = 0;
        var found = 0;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("TEXT_ROUNDS"), out var r) ? r : 3;
        for (var round = 0; round < rounds; round++)
        {
            Parallel.For(0, texts.Length, i =>
            {
                var result = screener.ScreenText(texts[i]);
                if (result.Count > 0) Interlocked.Increment(ref hits);
                if (i % 5 == 0 && result.Count > 0) Interlocked.Increment(ref found);
            });
        }
        var seconds = clock.Elapsed.TotalSeconds;
        // On a shared machine the wall clock measures the other loads too; CPU time is what the texts cost.
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var total = texts.Length * rounds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"text mode, UN + OFAC, {Environment.ProcessorCount} cores: {total} texts of {averageLength:0} characters in {seconds:0.00} s = {total / seconds:0} texts/s wall; " +
            $"{cpu:0.00} s CPU = {total / cpu:0} texts per CPU-second ({2 * total / cpu:0}/s on two free cores); " +
            $"{hits / (double)total:P1} of texts with a hit, {found / (double)(total / 5):P1} of the texts holding a listed name found"));
    }

    /// <summary>`TEXT_DUMP=FILE`: every hit of every bench text and of every query of both development sets read as a
    /// text, at the default threshold and at 0.5, one JSON line per text: the oracle that a change to text mode is
    /// result-preserving (compare the files of two builds byte for byte).</summary>
    static void Dump(Screener screener, string[] texts, string path)
    {
        var devQueries = new[] { "names", "general" }.SelectMany(set => DevNames(Path.Combine(BenchmarkData.TestDataFolder, "eval", set, "dev.csv")));
        using var output = new StreamWriter(path);
        foreach (var threshold in new[] { ScreeningOptions.DefaultThreshold, 0.5 })
        {
            var options = new ScreeningOptions { Threshold = threshold };
            foreach (var text in texts.Concat(devQueries))
            {
                var hits = screener.ScreenText(text, options).Select(h => new
                {
                    h.Entry.Key, h.Score, h.Start, h.Length, h.MatchedText, h.Explanation,
                });
                output.WriteLine(JsonSerializer.Serialize(new { threshold, text, hits }));
            }
        }
    }

    /// <summary>The name column of a development set (quoted fields included).</summary>
    static IEnumerable<string> DevNames(string path)
    {
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(path) { TextFieldType = Microsoft.VisualBasic.FileIO.FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        parser.ReadFields(); // the header
        while (parser.ReadFields() is { } fields)
        {
            if (fields[1].Length > 0) yield return fields[1];
        }
    }
}
