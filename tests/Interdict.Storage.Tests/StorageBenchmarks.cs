using System.Diagnostics;
using System.Globalization;
using Interdict.Core.Audit;
using Interdict.Core.Customers;
using Interdict.Core.Lists;
using Npgsql;
using Xunit.Abstractions;

namespace Interdict.Storage.Tests;

/// <summary>The storage figures of docs/storage.md: bulk upsert and stream of 1,000,000 customers, and audit appends
/// from 64 concurrent writers. Run with <c>INTERDICT_STORAGE_BENCH=1 dotnet test tests/Interdict.Storage.Tests -c Release
/// --filter StorageBenchmarks --logger "console;verbosity=detailed"</c>.</summary>
public abstract class StorageBenchmarks(ITestOutputHelper output) : IAsyncLifetime
{
    const int Customers = 1_000_000;
    const int Writers = 64, AppendsPerWriter = 1_000;
    protected abstract StorageOptions Options { get; }
    protected abstract Task CleanUpAsync();
    IInterdictStore _store = null!;

    public async Task InitializeAsync() => _store = await InterdictStorage.OpenAsync(Options, TimeProvider.System, CancellationToken.None);

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await CleanUpAsync();
    }

    static async IAsyncEnumerable<Customer> Generate(int count, string suffix)
    {
        string[] given = ["Kim", "Ri", "Pak", "Choe", "Jong", "Han", "Mun", "Ko"];
        for (var i = 0; i < count; i++)
        {
            yield return new Customer(i.ToString("D8", CultureInfo.InvariantCulture), $"{given[i % 8]} Song {given[(i / 8) % 8]}{suffix} {i}", PartyKind.Person)
            {
                DateOfBirth = new PartialDate(1940 + i % 60, 1 + i % 12, 1 + i % 28),
                Nationality = "KP",
                Country = i % 3 == 0 ? "CN" : "KP",
                Identifiers = [new Identifier(IdentifierKind.Registration, "P" + i.ToString(CultureInfo.InvariantCulture))],
            };
        }
        await Task.CompletedTask;
    }

    [StoreFact]
    public async Task Measure()
    {
        var ct = CancellationToken.None;
        // The client-side share of a bulk load: building the customers, their fingerprints and identifier JSON.
        var watch = Stopwatch.StartNew();
        long prepared = 0;
        await foreach (var customer in Generate(Customers, "")) prepared += customer.Fingerprint.Length + customer.Identifiers.Length;
        Report($"generate + fingerprint {Customers:N0} customers (no database)", watch.Elapsed, Customers);
        Assert.True(prepared > 0);

        watch.Restart();
        var first = await _store.Customers.BulkUpsertAsync(Generate(Customers, ""), ct);
        Report($"bulk upsert {Customers:N0} new customers", watch.Elapsed, first.Created);

        watch.Restart();
        var again = await _store.Customers.BulkUpsertAsync(Generate(Customers, ""), ct);
        Report($"bulk upsert {Customers:N0} unchanged customers", watch.Elapsed, again.Unchanged);

        watch.Restart();
        long streamed = 0;
        await foreach (var customer in _store.Customers.StreamAllAsync(ct)) streamed++;
        Report($"stream {streamed:N0} customers", watch.Elapsed, streamed);
        Assert.Equal(Customers, streamed);

        watch.Restart();
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < AppendsPerWriter; i++)
            {
                await _store.Audit.AppendAsync(new AuditEntry($"key-{w}", AuditActions.Screen, "")
                {
                    Inputs = $$"""{"name":"Kim Song {{i}}","threshold":0.8}""",
                    Outputs = """{"matches":[]}""",
                    ListVersions = ["un 2026-01-05T10:00:00Z"],
                }, ct);
            }
        })));
        Report($"audit appends, {Writers} concurrent writers", watch.Elapsed, Writers * AppendsPerWriter);

        watch.Restart();
        var verification = await _store.Audit.VerifyAsync(ct);
        Report("audit verify", watch.Elapsed, verification.Checked);
        Assert.True(verification.IsValid, verification.Message);
    }

    void Report(string what, TimeSpan elapsed, long items) => output.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{GetType().Name}: {what}: {elapsed.TotalSeconds:F2} s, {items / elapsed.TotalSeconds:N0}/s"));
}

[StorageBenchmark]
public sealed class SqliteStorageBenchmarks(ITestOutputHelper output) : StorageBenchmarks(output)
{
    readonly string _folder = Directory.CreateTempSubdirectory("interdict-bench-").FullName;

    protected override StorageOptions Options => new() { SqlitePath = Path.Combine(_folder, "interdict.db") };

    protected override Task CleanUpAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}

[StorageBenchmark]
[PostgresTests]
public sealed class PostgresStorageBenchmarks(ITestOutputHelper output) : StorageBenchmarks(output)
{
    readonly string _schema = "bench_" + Guid.NewGuid().ToString("N")[..12];

    protected override StorageOptions Options => new()
    {
        Provider = StorageProvider.Postgres,
        ConnectionString = StoreFactDiscoverer.PostgresConnection,
        Schema = _schema,
    };

    protected override async Task CleanUpAsync()
    {
        await using var connection = new NpgsqlConnection(StoreFactDiscoverer.PostgresConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
