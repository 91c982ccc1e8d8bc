using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Interdict.Cli.Output;
using Interdict.Hosting.Payments;
using Interdict.Payments;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict payments screen FILE|DIR|-</c>: screen payment messages (ISO 20022 XML, SWIFT MT) and decide
/// each pass, review or hold under the rulebook; one record per message on standard output, a JSON line each when piped
/// (docs/payments.md; --format for the others).</summary>
static class PaymentsCommand
{
    static readonly Argument<string> InputArgument = new("input")
    {
        Description = "A message file (one or more messages), a folder of them (every file, by name), or - for standard input",
    };

    static readonly Column<ScreenedPayment>[] Columns =
    [
        new("source", "source", s => s.Read.Origin),
        new("type", "type", s => s.Read.Payment is { } p ? (p.Variant is { } v ? $"{p.MessageType} {v}" : p.MessageType) : null),
        new("id", "id", s => s.Read.Payment?.MessageId?.Value),
        new("outcome", "outcome", s => s.Outcome) { Colour = s => s.Outcome switch { "hold" => "red", "review" => "yellow", "error" => "red", _ => "green" } },
        new("hits", "hits", s => s.Result?.Hits.Select(h => $"{h.Place.Path}: {h.Value} ({h.List} {h.Reference})").ToArray()),
        new("basis", "basis", s => s.Result?.Basis.Select(b => $"{b.Resolution} {b.Paragraph}").ToArray()),
        new("explanation", "explanation", s => s.Result?.Explanation ?? s.Read.Failure?.ToString()),
    ];

    public static Command Create(CliContext context)
    {
        var screen = new Command("screen", "Screen payment messages; one record per message (a JSON line each when piped); exit 3 when some could not be read")
        {
            InputArgument, OutputFormats.Option,
        };
        screen.SetAction((parse, cancellation) => Task.FromResult(Screen(context, parse, cancellation)));
        return new Command("payments", "Payment messages (pacs.008/009, pain.001, pacs.004, MT103/202/101/199)") { screen };
    }

    static int Screen(CliContext context, ParseResult parse, CancellationToken cancellation)
    {
        var input = parse.GetValue(InputArgument)!;
        if (!OutputFormats.TryChoose(parse, null, batch: true, out var format)) return ExitCodes.Usage;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        string name;
        string? sha256 = null;
        IEnumerable<PaymentReadResult> reads;
        if (input == "-")
        {
            // Read whole (the parser caps a source at PaymentParser.DefaultMaxCharacters) so that it can be hashed for the audit.
            using var stdin = Console.OpenStandardInput();
            using var copy = new MemoryStream();
            stdin.CopyTo(copy);
            var bytes = copy.ToArray();
            name = "stdin";
            sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
            reads = PaymentBatch.Read([new PaymentSource(name, () => new MemoryStream(bytes, writable: false))]);
        }
        else if (Directory.Exists(input))
        {
            var folder = new DirectoryInfo(input);
            name = folder.Name + "/";
            var files = folder.EnumerateFiles().Where(f => !f.Name.StartsWith('.')).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
            if (files.Count == 0) return CliOutput.BadInput($"{folder.FullName}: the folder holds no files");
            reads = PaymentBatch.Read(files.Select(f => new PaymentSource(f.Name, f.OpenRead)));
        }
        else if (File.Exists(input))
        {
            var file = new FileInfo(input);
            name = file.Name;
            using (var stream = file.OpenRead()) sha256 = Convert.ToHexStringLower(SHA256.HashData(stream));
            reads = PaymentBatch.Read([new PaymentSource(file.Name, file.OpenRead)]);
        }
        else
        {
            return CliOutput.BadInput($"{Path.GetFullPath(input)}: no such file or folder");
        }

        var service = context.Services(parse).Payments;
        var screened = service.Screen(reads);
        RecordWriter<ScreenedPayment>.Print(new RecordShape<ScreenedPayment> { Name = "messages", Columns = Columns, Json = PaymentJson.Write }, format, screened);
        service.RecordAsync(name, sha256, screened, CliServices.Actor, cancellation).GetAwaiter().GetResult();

        var counts = screened.GroupBy(s => s.Outcome).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        int Count(string outcome) => counts.GetValueOrDefault(outcome);
        return new RunSummary("payments screen", screened.Count, screened.Count - Count("error"), "screened",
            string.Create(CultureInfo.InvariantCulture, $"{Count("pass")} pass, {Count("review")} review, {Count("hold")} hold"), 0, Count("error"), clock.Elapsed).Report();
    }
}
