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
        // A folder is read and screened on every core; one file (one or many messages) is read once, then screened so.
        var screened = sources.Count == 1 ? service.Screen(PaymentBatch.Read(sources)) : service.Screen(sources);
        // A review or hold opens a payment alert in the deployment's store, as the server's screening does: the record names it.
        var raised = services.PaymentAlerts.RaiseAsync(screened, CliServices.Actor, cancellation).GetAwaiter().GetResult();
        var lines = screened.Select((s, i) => new PaymentLine(s, raised[i]?.Id)).ToList();
        RecordWriter<PaymentLine>.Print(new RecordShape<PaymentLine> { Name = "messages", Columns = Columns, Json = (json, line) => PaymentJson.Write(json, line.Screened, line.Alert) }, format, lines);
        service.RecordAsync(name, sha256, screened, CliServices.Actor, cancellation).GetAwaiter().GetResult();

        var counts = screened.GroupBy(s => s.Outcome).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        int Count(string outcome) => counts.GetValueOrDefault(outcome);
        return new RunSummary("payments screen", screened.Count, screened.Count - Count("error"), "screened",
            string.Create(CultureInfo.InvariantCulture, $"{Count("pass")} pass, {Count("review")} review, {Count("hold")} hold"), 0, Count("error"), clock.Elapsed).Report();
    }
}
