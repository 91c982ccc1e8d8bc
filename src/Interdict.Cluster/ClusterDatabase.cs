using System.Reflection;
using Npgsql;

namespace Interdict.Cluster;

/// <summary>The cluster's own use of the service's PostgreSQL database: Orleans' membership schema and Interdict's
/// shard tables (applied at silo start, idempotently), the shards' customer ranges, their completed runs, and the
/// lock that keeps one run of a shard at a time across the cluster.</summary>
/// <remarks>Same database and schema (search path) as the store. Thread-safe.</remarks>
public sealed class ClusterDatabase : IAsyncDisposable
{
    /// <summary>The first key of the advisory locks (<c>pg_advisory_lock(int, int)</c>, a key space apart from the
    /// store's one-key locks): "IC" for Interdict.Cluster.</summary>
    const int LockSpace = 0x4943;

    /// <summary>The second key of the lock held while the schema is applied (shards use 0 and up).</summary>
    const int SchemaLock = -1;

    readonly NpgsqlDataSource _source;

    /// <summary>Opens (no I/O yet) the database at <paramref name="connectionString"/> with <paramref name="schema"/> as its search path.</summary>
    /// <param name="connectionString">The store's PostgreSQL connection string.</param>
    /// <param name="schema">The store's schema.</param>
    public ClusterDatabase(string connectionString, string schema)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema };
        ConnectionString = builder.ConnectionString;
        _source = NpgsqlDataSource.Create(ConnectionString);
    }

    /// <summary>The connection string with the schema as search path: Orleans' clustering provider uses it too, so its
    /// tables sit beside the store's.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates Orleans' membership tables (once: the scripts are not idempotent, so only when they are missing)
    /// and Interdict's cluster tables, under a lock (silos starting together); records the shard count, or refuses
    /// one that differs from the recorded one.</summary>
    /// <param name="shards">The configured shard count.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="InvalidOperationException">The cluster was created with another shard count.</exception>
    public async Task ApplySchemaAsync(int shards, CancellationToken cancellationToken)
    {
        var connection = await _source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({LockSpace}, {SchemaLock})", cancellationToken).ConfigureAwait(false);
                await using (var exists = new NpgsqlCommand("SELECT to_regclass('orleansquery') IS NOT NULL", connection))
                {
                    if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not true)
                    {
                        await ExecuteAsync(connection, Script("PostgreSQL-Main.sql"), cancellationToken).ConfigureAwait(false);
                        await ExecuteAsync(connection, Script("PostgreSQL-Clustering.sql"), cancellationToken).ConfigureAwait(false);
                    }
                }
                await ExecuteAsync(connection, Script("Interdict-Cluster.sql"), cancellationToken).ConfigureAwait(false);
                await using (var record = new NpgsqlCommand(
                    "INSERT INTO cluster_settings (key, value) VALUES ('shards', @n) ON CONFLICT (key) DO NOTHING; SELECT value FROM cluster_settings WHERE key = 'shards'",
                    connection))
                {
                    record.Parameters.AddWithValue("n", shards.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    var recorded = (string?)await record.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                    if (recorded != shards.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    {
                        throw new InvalidOperationException(
                            $"This cluster splits customers into {recorded} shards, and this silo is configured with {shards} (Interdict:Cluster:Shards): every silo must use the same number.");
                    }
                }
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The ids of the customers whose hash lies in [<paramref name="from"/>, <paramref name="until"/>).</summary>
    /// <param name="from">The first hash.</param>
    /// <param name="until">The hash after the last.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public Task<List<string>> CustomerIdsAsync(long from, long until, CancellationToken cancellationToken) =>
        ReadIdsAsync("", null, from, until, cancellationToken);

    /// <summary>The ids of the customers whose hash lies in [<paramref name="from"/>, <paramref name="until"/>) written at
    /// or after <paramref name="since"/> (through the index on the time of change: a catch-up reads few rows).</summary>
    /// <param name="from">The first hash.</param>
    /// <param name="until">The hash after the last.</param>
    /// <param name="since">The earliest time of change.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public Task<List<string>> CustomerIdsChangedSinceAsync(long from, long until, DateTimeOffset since, CancellationToken cancellationToken) =>
        ReadIdsAsync("updated_at >= @since AND ", Interdict.Core.Audit.AuditChain.ToMicroseconds(since), from, until, cancellationToken);

    /// <summary>The ids of a hash range's customers, behind an optional condition on the time of change.</summary>
    async Task<List<string>> ReadIdsAsync(string sinceCondition, long? since, long from, long until, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand(
            $"SELECT id FROM customers WHERE {sinceCondition}{CustomerShards.HashSql} >= @from AND {CustomerShards.HashSql} < @until");
        if (since is { } microseconds) command.Parameters.AddWithValue("since", microseconds);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("until", until);
        command.CommandTimeout = 0;
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) ids.Add(reader.GetString(0));
        return ids;
    }

    /// <summary>The recorded run of a shard for a job, or null when it has not finished one.</summary>
    /// <param name="jobId">The job.</param>
    /// <param name="shard">The shard.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<ShardDone?> FindRunAsync(long jobId, int shard, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand("SELECT candidates, hits, matches, raised FROM cluster_shard_runs WHERE job_id = @job AND shard = @shard");
        command.Parameters.AddWithValue("job", jobId);
        command.Parameters.AddWithValue("shard", shard);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        return new ShardDone(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetFieldValue<long[]>(3));
    }

    /// <summary>Records that a shard finished its part of a job (a second record of the same run changes nothing).</summary>
    /// <param name="jobId">The job.</param>
    /// <param name="shard">The shard.</param>
    /// <param name="done">What it did.</param>
    /// <param name="silo">Where it ran.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task RecordRunAsync(long jobId, int shard, ShardDone done, string silo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(done);
        await using var command = _source.CreateCommand("""
            INSERT INTO cluster_shard_runs (job_id, shard, candidates, hits, matches, raised, silo)
            VALUES (@job, @shard, @candidates, @hits, @matches, @raised, @silo) ON CONFLICT (job_id, shard) DO NOTHING
            """);
        command.Parameters.AddWithValue("job", jobId);
        command.Parameters.AddWithValue("shard", shard);
        command.Parameters.AddWithValue("candidates", done.Candidates);
        command.Parameters.AddWithValue("hits", done.Hits);
        command.Parameters.AddWithValue("matches", done.Matches);
        command.Parameters.AddWithValue("raised", done.Raised);
        command.Parameters.AddWithValue("silo", silo);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How many shards have finished their part of a job.</summary>
    /// <param name="jobId">The job.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<int> CountRunsAsync(long jobId, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand("SELECT count(*) FROM cluster_shard_runs WHERE job_id = @job");
        command.Parameters.AddWithValue("job", jobId);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Holds the shard's lock until disposed: one run of a shard at a time in the whole cluster, even in the
    /// moment two activations of it exist (Orleans allows that briefly while membership changes). The lock is a
    /// session lock, so PostgreSQL releases it when a killed silo's connection drops.</summary>
    /// <param name="shard">The shard.</param>
    /// <param name="cancellationToken">Cancels waiting.</param>
    public async Task<IAsyncDisposable> LockShardAsync(int shard, CancellationToken cancellationToken)
    {
        var connection = await _source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_lock({LockSpace}, {shard})", cancellationToken).ConfigureAwait(false);
            return new HeldLock(connection, shard);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _source.DisposeAsync();

    static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    static string Script(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Interdict.Cluster.Schema.{name}")
            ?? throw new InvalidOperationException($"The embedded script {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    sealed class HeldLock(NpgsqlConnection connection, int shard) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({LockSpace}, {shard})", CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
