using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Interdict.Cli.Output;
using Interdict.Hosting.Payments;
using Interdict.Payments;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict payments screen FILE|DIR|-</c>: screen payment messages (ISO 20022 XML, SWIFT MT) and decide
/// each pass, review or hold under the rulebook; one record per message on standard output, a JSON line each when piped
/// (docs/payments.md; --format for the others). A review or hold opens a payment alert in the data folder's store (one
/// per message), named in the record as <c>alert</c>.</summary>
static class PaymentsCommand
{
    static readonly Argument<string> InputArgument = new("input")
    {
        Description = "A message file (one or more messages), a folder of them (every file, by name), or - for standard input",
    };

    /// <summary>Messages screened, alerted and written at a time: enough that a chunk's alerts share one transaction and
    /// the cores stay busy while it is written, few enough that memory stays small.</summary>
    const int ChunkMessages = 1024;

    /// <summary>A screened message and the payment alert it opened, if any.</summary>
    sealed record PaymentLine(ScreenedPayment Screened, long? Alert);

    static readonly Column<PaymentLine>[] Columns =
    [
        new("source", "source", l => l.Screened.Read.Origin),
        new("type", "type", l => l.Screened.Read.Payment is { } p ? (p.Variant is { } v ? $"{p.MessageType} {v}" : p.MessageType) : null),
        new("id", "id", l => l.Screened.Read.Payment?.MessageId?.Value),
        new("outcome", "outcome", l => l.Screened.Outcome) { Colour = l => l.Screened.Outcome switch { "hold" => "red", "review" => "yellow", "error" => "red", _ => "green" } },
        new("hits", "hits", l => l.Screened.Result?.Hits.Select(h => $"{h.Place.Path}: {h.Value} ({h.List} {h.Reference})").ToArray()),
        new("basis", "basis", l => l.Screened.Result?.Basis.Select(b => $"{b.Resolution} {b.Paragraph}").ToArray()),
        new("alert", "alert", l => l.Alert?.ToString(CultureInfo.InvariantCulture)),
        new("explanation", "explanation", l => l.Screened.Result?.Explanation ?? l.Screened.Read.Failure?.ToString()),
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
        IReadOnlyList<PaymentSource> sources;
        if (input == "-")
        {
            // Read whole (the parser caps a source at PaymentParser.DefaultMaxCharacters) so that it can be hashed for the audit.
            using var stdin = Console.OpenStandardInput();
            using var copy = new MemoryStream();
            stdin.CopyTo(copy);
            var bytes = copy.ToArray();
            name = "stdin";
            sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
            sources = [new PaymentSource(name, () => new MemoryStream(bytes, writable: false))];
        }
        else if (Directory.Exists(input))
        {
            var folder = new DirectoryInfo(input);
            name = folder.Name + "/";
            var files = folder.EnumerateFiles().Where(f => !f.Name.StartsWith('.')).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
            if (files.Count == 0) return CliOutput.BadInput($"{folder.FullName}: the folder holds no files");
            sources = [.. files.Select(f => new PaymentSource(f.Name, f.OpenRead))];
        }
        else if (File.Exists(input))
        {
            var file = new FileInfo(input);
            name = file.Name;
            using (var stream = file.OpenRead()) sha256 = Convert.ToHexStringLower(SHA256.HashData(stream));
            sources = [new PaymentSource(file.Name, file.OpenRead)];
        }
        else
        {
            return CliOutput.BadInput($"{Path.GetFullPath(input)}: no such file or folder");
        }

        var services = context.Services(parse);
        var service = services.Payments;
        using var run = new PaymentRunRecord(name, sha256);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var shape = new RecordShape<PaymentLine> { Name = "messages", Columns = Columns, Json = (json, line) => PaymentJson.Write(json, line.Screened, line.Alert) };
        // Buffered: a JSON line is written per message, and the console stream would make two system calls of each.
        using (var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16))
        using (var writer = new RecordWriter<PaymentLine>(shape, format, stdout, standardOutput: true))
        {
            // Streamed a chunk at a time: the messages are read and screened on every core while the chunk before is
            // written, and nothing of a message is kept once its line is out (a folder of 40,000 held every message and its
            // answer until the end: 780 MB at the peak, now 581 MB, most of it the lists; docs/performance.md). Each chunk's
            // reviews and holds open their payment alerts in one transaction before its lines name them.
            foreach (var chunk in service.ScreenEach(sources).Chunk(ChunkMessages))
            {
                // A review or hold opens a payment alert in the deployment's store, as the server's screening does: the record names it.
                var raised = services.PaymentAlerts.RaiseAsync(chunk, CliServices.Actor, cancellation).GetAwaiter().GetResult();
                for (var i = 0; i < chunk.Length; i++)
                {
                    writer.Write(new PaymentLine(chunk[i], raised[i]?.Id));
                    run.Add(chunk[i]);
                    counts[chunk[i].Outcome] = counts.GetValueOrDefault(chunk[i].Outcome) + 1;
                }
            }
            writer.Complete();
        }
        service.RecordAsync(run, CliServices.Actor, cancellation).GetAwaiter().GetResult();

        int Count(string outcome) => counts.GetValueOrDefault(outcome);
        return new RunSummary("payments screen", run.Count, run.Count - Count("error"), "screened",
            string.Create(CultureInfo.InvariantCulture, $"{Count("pass")} pass, {Count("review")} review, {Count("hold")} hold"), 0, Count("error"), clock.Elapsed).Report();
    }
}
