using System.Diagnostics;
using System.Globalization;
using System.Net;
using Interdict.Core.Lists;
using Interdict.Hosting;
using Interdict.Lists;
using Interdict.Server.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Interdict.Server.Tests;

/// <summary>kill -9 during a list import (UN 2018 → 2026, with customers on entries 2026 removes) and during a customer
/// import, at named points and at a random moment; after a restart the server completes the jobs the dead process left,
/// and the database holds the same versions, alerts, alert events and audit records as an uninterrupted run — nothing
/// twice, nothing missing —, the audit chain verifies, and no temporary file or staging folder is left.</summary>
public sealed class CrashRecoveryProcessTests(ITestOutputHelper output, CrashRecoveryProcessTests.Template template)
    : IClassFixture<CrashRecoveryProcessTests.Template>
{
    /// <summary>Customers in the imported CSV: enough that its import and screening take a while to land a kill in.</summary>
    const int ImportedCustomers = 12_000;

    /// <summary>A data folder with a key, UN 2018 imported, and customers named after entries 2026 removes (each with
    /// an open alert) and after entries 2026 adds (no alert yet); every scenario starts from a copy of it.</summary>
    public sealed class Template : IAsyncLifetime
    {
        public string Data { get; } = Directory.CreateTempSubdirectory("interdict-crash-template-").FullName;
        public string Key { get; private set; } = "";
        public string Csv => Path.Combine(Data, "..", Path.GetFileName(Data) + "-customers.csv");
        public int LeaverAlerts { get; private set; }

        public async Task InitializeAsync()
        {
            var keys = ProcessRunner.Run("keys", "create", "--role", "admin", "--name", "crash-admin", "--data", Data);
            Assert.True(keys.ExitCode == 0, keys.Error);
            Key = keys.Output.Trim();
            var v2018 = ListFiles.Import(RepositoryPaths.UnList2018).GetSnapshotOrThrow();
            var diff = ListDiff.Compute(v2018, ListFiles.Import(RepositoryPaths.UnList2026).GetSnapshotOrThrow());
            var removed = diff.Removed.Where(e => e.Kind == PartyKind.Person).Take(6).ToArray();
            var added = diff.Added.Where(e => e.Kind == PartyKind.Person && e.PrimaryName.Full.Split(' ').Length >= 3).Take(4).ToArray();
            var staying = v2018.Entries.Where(e => e.Kind == PartyKind.Person && e.PrimaryName.Full.Split(' ').Length >= 3 && !diff.Removed.Contains(e)).Take(5);

            await using (var serve = await ServeProcess.StartAsync(Data, Key))
            {
                (await serve.Client.UploadAsync("/v1/lists/import", RepositoryPaths.UnList2018)).Is(HttpStatusCode.OK);
                foreach (var (entry, i) in removed.Select((e, i) => (e, i)))
                {
                    var created = await serve.Client.PostAsync("/v1/customers", new { id = $"leaver-{i}", name = entry.PrimaryName.Full });
                    created.Is(HttpStatusCode.Created);
                    LeaverAlerts += created.Body.GetProperty("alerts").GetArrayLength();
                }
                foreach (var (entry, i) in added.Select((e, i) => (e, i)))
                    (await serve.Client.PostAsync("/v1/customers", new { id = $"newcomer-{i}", name = entry.PrimaryName.Full })).Is(HttpStatusCode.Created);
            }
            Assert.True(LeaverAlerts >= 6, $"every leaver should have an open alert: {LeaverAlerts}");

            var names = DeltaRescreeningApiTests.Population().ToArray();
            await File.WriteAllLinesAsync(Csv, [
                "id,name,type",
                .. Enumerable.Range(0, ImportedCustomers).Select(i => string.Create(CultureInfo.InvariantCulture, $"bulk-{i:D6},{names[i % names.Length]} {i % 97},person")),
                .. staying.Select((e, i) => $"listed-{i},\"{e.PrimaryName.Full}\",person"),
            ]);
        }

        public Task DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(Data, recursive: true);
            File.Delete(Csv);
            return Task.CompletedTask;
        }
    }

    readonly Template _template = template;

    [Fact]
    public async Task ListImport_KilledAtEachPoint_RestartCompletesIt_AsAnUninterruptedImport()
    {
        var reference = await RunAsync("list-reference", null, ImportUn2026Async);
        Assert.Equal(_template.LeaverAlerts, reference.Alerts.Count(a => a.EndsWith("/EntryDelisted/Screening", StringComparison.Ordinal)));
        Assert.Contains(reference.Alerts, a => a.StartsWith("newcomer-", StringComparison.Ordinal) && a.EndsWith("/Open/ListUpdate", StringComparison.Ordinal));
        Assert.Equal(["list.import", "alert.raise", "alert.delisted"], reference.Audit.Skip(reference.Audit.Count - 3).Select(Action));

        foreach (var point in new[] { CrashPoints.ListVersionCommitted, CrashPoints.ListAlertsRaised, CrashPoints.ListDelisted })
        {
            var crashed = await RunAsync($"list-{point}", point, ImportUn2026Async);
            reference.AssertSame(crashed, point);
        }
    }

    [Fact]
    public async Task CustomerImport_KilledAtEachPointAndAtRandom_RestartCompletesIt_AsAnUninterruptedImport()
    {
        var importing = TimeSpan.Zero;
        var reference = await RunAsync("customers-reference", null, async serve =>
        {
            var clock = Stopwatch.StartNew();
            await ImportCustomersAsync(serve);
            importing = clock.Elapsed;
        });
        Assert.Contains(reference.Alerts, a => a.StartsWith("listed-", StringComparison.Ordinal) && a.EndsWith("/Open/Screening", StringComparison.Ordinal));
        Assert.Equal(["customer.import", "alert.raise"], reference.Audit.Skip(reference.Audit.Count - 2).Select(Action));

        foreach (var point in new[] { CrashPoints.CustomersCommitted, CrashPoints.CustomerAlertsRaised })
        {
            var crashed = await RunAsync($"customers-{point}", point, ImportCustomersAsync);
            reference.AssertSame(crashed, point);
        }
        // kill -9 at a random moment of the import (upload, parse, store, screen, raise); the client re-sends the file
        // after the restart when the dead process had not committed it.
        var delay = TimeSpan.FromMilliseconds(Random.Shared.Next(100, (int)Math.Max(200, importing.TotalMilliseconds * 0.9)));
        var killed = await RunAsync("customers-random", null, async serve =>
        {
            var import = ImportCustomersAsync(serve);
            await Task.Delay(delay);
            await serve.KillAsync();
            var finished = await Task.WhenAny(import, Task.Delay(TimeSpan.FromSeconds(10))) == import && import.IsCompletedSuccessfully;
            output.WriteLine($"killed after {delay.TotalMilliseconds:0} ms of a {importing.TotalMilliseconds:0} ms import; the request {(finished ? "had finished" : "failed")}");
        }, retry: ImportCustomersAsync);
        reference.AssertSame(killed, $"random kill after {delay.TotalMilliseconds:0} ms");
    }

    static string Action(string record) => record.Split(' ')[1];

    Task ImportUn2026Async(ServeProcess serve) => serve.Client.UploadAsync("/v1/lists/import", RepositoryPaths.UnList2026);

    Task ImportCustomersAsync(ServeProcess serve) => serve.Client.UploadAsync("/v1/customers/import", _template.Csv, "customers.csv");

    /// <summary>Copies the template, starts the server (armed at <paramref name="crashAt"/>), runs <paramref name="act"/>;
    /// when the process died, restarts it (<paramref name="retry"/>: re-sending the import, as a client would, only when
    /// the dead process had not committed it), waits until no job is unfinished, stops it, verifies the audit chain and looks for leftovers.</summary>
    async Task<Outcome> RunAsync(string name, string? crashAt, Func<ServeProcess, Task> act, Func<ServeProcess, Task>? retry = null)
    {
        var data = Path.Combine(Path.GetDirectoryName(_template.Data)!, $"{Path.GetFileName(_template.Data)}-{name}");
        CopyFolder(_template.Data, data);
        try
        {
            var serve = await ServeProcess.StartAsync(data, _template.Key, crashAt);
            try
            {
                if (crashAt is null)
                {
                    await act(serve);
                }
                else
                {
                    await Assert.ThrowsAnyAsync<HttpRequestException>(() => act(serve));
                    await serve.WaitForCrashAsync();
                    Assert.Contains($"{CrashPoints.Variable}={crashAt}", serve.Errors);
                }
                if (serve.HasExited)
                {
                    await serve.DisposeAsync();
                    serve = await ServeProcess.StartAsync(data, _template.Key);
                    if (retry is not null && !await Database.CommittedImportAsync(data)) await retry(serve);
                }
                await Database.WaitForJobsAsync(data, serve);
            }
            finally
            {
                await serve.DisposeAsync();
            }
            var verify = ProcessRunner.Run("audit", "verify", "--data", data);
            Assert.True(verify.ExitCode == 0, $"{name}: {verify.Output}{verify.Error}");
            var leftovers = Directory.EnumerateFileSystemEntries(ServeProcess.TempFolder(data))
                .Concat(Directory.EnumerateDirectories(data, "*.staging-*", SearchOption.AllDirectories)).ToArray();
            Assert.True(leftovers.Length == 0, $"{name} left: {string.Join(", ", leftovers)}");
            var outcome = await Database.ReadAsync(data);
            output.WriteLine($"{name}: {outcome.Audit.Count} audit records, {outcome.Alerts.Count} alerts, jobs: {string.Join(", ", outcome.Jobs)}");
            return outcome;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    static void CopyFolder(string from, string to)
    {
        foreach (var folder in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(folder.Replace(from, to, StringComparison.Ordinal));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>What a run left in the database, in comparable form: list versions, alerts (customer/entry/state/origin),
    /// alert events, audit records (actor, action, subject; an uploaded CSV's temporary name left out), and the jobs.</summary>
    sealed record Outcome(IReadOnlyList<string> Versions, IReadOnlyList<string> Alerts, IReadOnlyList<string> Events,
        IReadOnlyList<string> Audit, IReadOnlyList<string> Jobs)
    {
        public void AssertSame(Outcome other, string run)
        {
            Assert.True(Versions.SequenceEqual(other.Versions), $"{run}: versions {string.Join(", ", other.Versions)}");
            Assert.True(Alerts.SequenceEqual(other.Alerts), $"{run}: alerts differ:\n{Diff(Alerts, other.Alerts)}");
            Assert.True(Events.SequenceEqual(other.Events), $"{run}: alert events differ:\n{Diff(Events, other.Events)}");
            Assert.True(Audit.SequenceEqual(other.Audit), $"{run}: audit records differ:\n{string.Join("\n", other.Audit)}");
            Assert.True(other.Jobs.All(j => j.StartsWith("Done", StringComparison.Ordinal)), $"{run}: jobs {string.Join(", ", other.Jobs)}");
            Assert.Equal(Jobs.Count, other.Jobs.Count);
        }

        static string Diff(IReadOnlyList<string> expected, IReadOnlyList<string> actual) =>
            $"missing: {string.Join("; ", expected.Except(actual))}\nextra: {string.Join("; ", actual.Except(expected))}\ncounts {expected.Count} vs {actual.Count}";
    }

    /// <summary>Reads the data folder's SQLite database directly (read-only; the server may be running: WAL).</summary>
    static class Database
    {
        public static async Task<bool> CommittedImportAsync(string data) =>
            (await QueryAsync(data, "SELECT action FROM audit_records WHERE action IN ('customer.import', 'list.import') AND sequence > (SELECT max(sequence) FROM audit_records WHERE action = 'customer.create')")).Count > 0;

        public static async Task WaitForJobsAsync(string data, ServeProcess serve)
        {
            var clock = Stopwatch.StartNew();
            while ((await QueryAsync(data, "SELECT state FROM jobs WHERE state IN ('Pending', 'Running')")).Count > 0)
            {
                Assert.False(serve.HasExited, "the restarted server died: " + serve.Errors);
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), "the jobs were not completed within 3 minutes: " + serve.Errors);
                await Task.Delay(200);
            }
        }

        public static async Task<Outcome> ReadAsync(string data) => new(
            await QueryAsync(data, "SELECT source || ' ' || label || ' ' || sha256 FROM list_versions ORDER BY id"),
            await QueryAsync(data, "SELECT customer_id || ' ' || entry_reference || '/' || state || '/' || origin FROM alerts ORDER BY 1"),
            await QueryAsync(data, """
                SELECT a.customer_id || ' ' || a.entry_reference || ' ' || coalesce(e.from_state, '-') || '>' || e.to_state
                FROM alert_events e JOIN alerts a ON a.id = e.alert_id ORDER BY 1
                """),
            await QueryAsync(data, """
                SELECT actor || ' ' || action || ' ' || CASE WHEN action = 'customer.import' THEN '' ELSE subject END || ' ' || outputs
                FROM audit_records WHERE action <> 'key.create' ORDER BY sequence
                """),
            await QueryAsync(data, "SELECT state || ' ' || kind FROM jobs ORDER BY id"));

        static async Task<List<string>> QueryAsync(string data, string sql)
        {
            await using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "interdict.db")};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var rows = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
            return rows;
        }
    }
}
