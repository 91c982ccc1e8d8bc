using System.CommandLine;
using System.Globalization;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict audit verify</c>: checks the audit trail's hash chain in the data folder's database; exit 0 when
/// intact, 5 naming the first bad record otherwise.</summary>
static class AuditCommand
{
    public static Command Create(CliContext context)
    {
        _ = context;
        var verify = new Command("verify", "Verify the audit trail's hash chain (exit 0 intact, 5 broken: the first bad record is named)");
        verify.SetAction(VerifyAsync);
        return new Command("audit", "The tamper-evident audit trail") { verify };
    }

    static async Task<int> VerifyAsync(ParseResult parse, CancellationToken cancellation)
    {
        var store = await StoreAccess.OpenAsync(parse, cancellation).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            var result = await store.Audit.VerifyAsync(cancellation).ConfigureAwait(false);
            if (result.IsValid)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"audit trail intact: {result.Checked} record(s), head {result.LastHash}"));
                return ExitCodes.Ok;
            }
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"interdict: audit trail BROKEN at record {result.FirstBadSequence} ({result.Problem}): {result.Message}"));
            return ExitCodes.AuditBroken;
        }
    }
}
