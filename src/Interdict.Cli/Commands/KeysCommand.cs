using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Interdict.Cli.Output;
using Interdict.Core.Access;
using Interdict.Core.Audit;
using Interdict.Hosting.Audit;
using Spectre.Console;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict keys create --role ROLE [--name NAME]</c>, <c>keys list</c>, <c>keys revoke ID</c>: API keys,
/// straight in the database of the data folder (no server needed, so the first admin key can be made this way).</summary>
static class KeysCommand
{
    static readonly Option<string> RoleOption = new("--role") { Description = "screener, analyst, supervisor or admin", Required = true };
    static readonly Option<string?> NameOption = new("--name") { Description = "Who holds the key; recorded as the actor of everything done with it (default: ROLE-xxxx)" };
    static readonly Argument<string> IdArgument = new("id") { Description = "The key's id (from `interdict keys list`)" };

    public static Command Create(CliContext context)
    {
        _ = context;
        var create = new Command("create", "Create an API key and print it (once: only its hash is stored)") { RoleOption, NameOption };
        create.SetAction(CreateAsync);
        var list = new Command("list", "List the API keys (never the secrets)") { OutputFormats.Option };
        list.SetAction(ListAsync);
        var revoke = new Command("revoke", "Revoke an API key") { IdArgument };
        revoke.SetAction(RevokeAsync);
        return new Command("keys", "API keys for the HTTP service") { create, list, revoke };
    }

    static async Task<int> CreateAsync(ParseResult parse, CancellationToken cancellation)
    {
        var roleText = parse.GetValue(RoleOption);
        if (!Enum.TryParse<Role>(roleText, ignoreCase: true, out var role) || !Enum.IsDefined(role) || int.TryParse(roleText, out _))
            return CliOutput.UsageError($"--role '{roleText}' is not one of screener, analyst, supervisor, admin");
        var name = parse.GetValue(NameOption);
        if (string.IsNullOrWhiteSpace(name)) name = $"{role.ToString().ToLowerInvariant()}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(2))}";
        var store = await StoreAccess.OpenAsync(parse, cancellation).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            var created = await store.Keys.CreateAsync(name.Trim(), role, cancellation).ConfigureAwait(false);
            await store.Audit.AppendAsync(new AuditEntry("cli", AuditActions.KeyCreate, created.Key.Id)
            {
                Inputs = AuditJson.Of(json =>
                {
                    json.WriteStartObject();
                    json.WriteString("name", created.Key.Name);
                    json.WriteString("role", created.Key.Role.ToString().ToLowerInvariant());
                    json.WriteEndObject();
                }),
            }, cancellation).ConfigureAwait(false);
            Console.Error.WriteLine($"interdict: created {role.ToString().ToLowerInvariant()} key '{created.Key.Name}' (id {created.Key.Id}); it is shown once, store it now:");
            Console.WriteLine(created.Plaintext);
        }
        return ExitCodes.Ok;
    }

    static async Task<int> ListAsync(ParseResult parse, CancellationToken cancellation)
    {
        if (!OutputFormats.TryChoose(parse, null, batch: false, out var format)) return ExitCodes.Usage;
        var store = await StoreAccess.OpenAsync(parse, cancellation).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            var keys = await store.Keys.ListAsync(cancellation).ConfigureAwait(false);
            RecordWriter<ApiKey>.Print(new RecordShape<ApiKey>
            {
                Name = "keys",
                Columns =
                [
                    new("id", "id", k => k.Id),
                    new("name", "name", k => k.Name),
                    new("role", "role", k => k.Role.ToString().ToLowerInvariant()),
                    new("created", "created", k => k.CreatedAt),
                    new("revoked", "revoked", k => k.RevokedAt),
                ],
            }, format, keys);
        }
        return ExitCodes.Ok;
    }

    static async Task<int> RevokeAsync(ParseResult parse, CancellationToken cancellation)
    {
        var id = parse.GetValue(IdArgument)!;
        var store = await StoreAccess.OpenAsync(parse, cancellation).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            if (!await store.Keys.RevokeAsync(id, cancellation).ConfigureAwait(false)) return CliOutput.BadInput($"no active key '{id}'");
            await store.Audit.AppendAsync(new AuditEntry("cli", AuditActions.KeyRevoke, id), cancellation).ConfigureAwait(false);
            Console.Error.WriteLine($"interdict: revoked key {id} (a running server notices within 30 s)");
        }
        return ExitCodes.Ok;
    }
}
