using System.CommandLine;
using System.Globalization;
using Interdict.Cli.Output;
using Interdict.Core.Audit;
using Interdict.Hosting.Audit;
using Interdict.Storage;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict audit verify [--checkpoint FILE]</c>: checks the audit trail's hash chain in the data folder's
/// database, held to the anchor file and to a checkpoint kept elsewhere; exit 0 when intact, 5 naming the first bad
/// record, the missing tail or the missing table otherwise. <c>interdict audit checkpoint [--output FILE]</c>: a
/// signed checkpoint of the chain's head, to keep outside the system.</summary>
static class AuditCommand
{
    static readonly Option<FileInfo?> CheckpointOption = new("--checkpoint") { Description = "A checkpoint made by `interdict audit checkpoint`: the chain must still reach its head unchanged" };
    static readonly Option<string?> OutputOption = new("--output", "-o") { Description = "Write the checkpoint to this file (default, or -: standard output)" };

    public static Command Create(CliContext context)
    {
        _ = context;
        var verify = new Command("verify", "Verify the audit trail's hash chain (exit 0 intact, 5 broken: the first bad record or the missing tail is named)")
        {
            CheckpointOption, OutputFormats.Option,
        };
        verify.SetAction(VerifyAsync);
        var checkpoint = new Command("checkpoint", "Print (or write) a signed checkpoint of the chain's head, to keep elsewhere and verify against later")
        {
            OutputOption,
        };
        checkpoint.SetAction(CheckpointAsync);
        return new Command("audit", "The tamper-evident audit trail") { verify, checkpoint };
    }

    static async Task<int> VerifyAsync(ParseResult parse, CancellationToken cancellation)
    {
        if (!OutputFormats.TryChoose(parse, null, batch: false, out var format)) return ExitCodes.Usage;
        var anchors = new List<AuditAnchor>();
        if (parse.GetValue(CheckpointOption) is { } file)
        {
            if (!file.Exists) return CliOutput.BadInput($"checkpoint file '{file.Name}' not found");
            var dataDirectory = CliContext.DataDirectory(parse).FullName;
            if (!AuditCheckpoint.TryRead(await File.ReadAllTextAsync(file.FullName, cancellation).ConfigureAwait(false), dataDirectory,
                    out var checkpoint, out var error, out var forged))
            {
                if (!forged) return CliOutput.BadInput($"checkpoint '{file.Name}' cannot be used: {error}");
                Console.Error.WriteLine($"interdict: checkpoint '{file.Name}' is not genuine: {error}");
                return ExitCodes.AuditBroken;
            }
            anchors.Add(checkpoint!.ToAnchor($"checkpoint {file.Name}"));
        }
        var store = await StoreAccess.OpenAsync(parse, cancellation).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            var result = await store.Audit.VerifyAsync(anchors, cancellation).ConfigureAwait(false);
            if (!result.IsValid)
            {
                // Said on standard error whatever the format: it is the alarm, not the answer.
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"interdict: audit trail BROKEN at record {result.FirstBadSequence} ({result.Problem}): {result.Message}"));
            }
            if (format != OutputFormat.Table)
            {
                RecordWriter<AuditVerification>.Print(new RecordShape<AuditVerification>
                {
                    Columns =
                    [
                        new("intact", "intact", r => r.IsValid),
                        new("checked", "checked", r => r.Checked),
                        new("head", "head", r => r.IsValid ? r.LastHash : null),
                        new("first_bad", "first bad record", r => r.IsValid ? null : r.FirstBadSequence),
                        new("problem", "problem", r => r.IsValid ? null : r.Problem.ToString()),
                        new("message", "message", r => r.Message),
                    ],
                }, format, [result]);
                return result.IsValid ? ExitCodes.Ok : ExitCodes.AuditBroken;
            }
            if (result.IsValid)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"audit trail intact: {result.Checked} record(s), head {result.LastHash}"));
                Console.WriteLine(result.Message);
                return ExitCodes.Ok;
            }
            return ExitCodes.AuditBroken;
        }
    }

    static async Task<int> CheckpointAsync(ParseResult parse, CancellationToken cancellation)
    {
        var store = await StoreAccess.OpenAsync(parse, cancellation).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            // Only an intact chain is worth a signature: a checkpoint of a broken one would vouch for the damage.
            var result = await store.Audit.VerifyAsync(cancellation).ConfigureAwait(false);
            if (!result.IsValid)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"interdict: no checkpoint: the audit trail is BROKEN at record {result.FirstBadSequence} ({result.Problem}): {result.Message}"));
                return ExitCodes.AuditBroken;
            }
            if (result.Checked == 0) return CliOutput.BadInput("no checkpoint: the audit trail is empty");
            var page = await store.Audit.QueryAsync(new AuditQuery { AfterSequence = result.Checked - 1, Limit = 1 }, cancellation).ConfigureAwait(false);
            var head = page.Items[0];
            var checkpoint = AuditCheckpoint.Create(head, DateTimeOffset.UtcNow, CliContext.DataDirectory(parse).FullName);
            var output = parse.GetValue(OutputOption);
            if (StandardStreams.IsStandard(output))
            {
                Console.Write(checkpoint.ToJson());
                return ExitCodes.Ok;
            }
            await File.WriteAllTextAsync(output!, checkpoint.ToJson(), cancellation).ConfigureAwait(false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"checkpoint of record {head.Sequence} ({head.Hash}) written to {Path.GetFileName(output)}, signed by key {checkpoint.KeyId}"));
            return ExitCodes.Ok;
        }
    }
}
