using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Interdict.Hosting.Screening;
using Interdict.Matching.Screening;
using Npgsql;

namespace Interdict.Cluster.Batches;

/// <summary>Batches screened across the cluster, in the service's PostgreSQL database (tables
/// <c>cluster_batches</c>, <c>cluster_batch_chunks</c>: Schema/Interdict-Cluster.sql; design: docs/adr/0003-cluster-batches.md).</summary>
/// <remarks>
/// <para>Why no row is lost or written twice: a chunk's input is stored once (its key is the batch and its number), its
/// output is written by one <c>UPDATE … WHERE output IS NULL</c> — a single statement, so atomic, and only the first of
/// two silos that screened the same chunk (a lease ran out while the first was still at it) writes it; the output file
/// is assembled from the chunks by number, once every chunk of the sealed batch has its output, and the assembler
/// checks that each chunk accounts for each of its rows.</para>
/// <para>A silo claims an open chunk with <c>FOR UPDATE SKIP LOCKED</c> (two silos never claim the same one at once) and
/// a lease; a silo killed mid-chunk leaves the lease to run out, and the chunk is claimed again elsewhere.</para>
/// Thread-safe.
/// </remarks>
public sealed class ClusterBatches : IAsyncDisposable
{
    readonly NpgsqlDataSource _source;

    /// <summary>Opens (no I/O yet) the database at <paramref name="connectionString"/> with <paramref name="schema"/> as its search path.</summary>
    /// <param name="connectionString">The store's PostgreSQL connection string.</param>
    /// <param name="schema">The store's schema.</param>
    public ClusterBatches(string connectionString, string schema)
    {
        _source = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema }.ConnectionString);
    }

    /// <summary>How many silos of cluster <paramref name="clusterId"/> are active in the membership table (0 when no
    /// silo has ever started on this database and schema: the tables are missing).</summary>
    /// <param name="clusterId">The cluster's id (<c>Interdict:Cluster:ClusterId</c>).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<int> ActiveSilosAsync(string clusterId, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand("""
            SELECT CASE WHEN to_regclass('orleansmembershiptable') IS NULL OR to_regclass('cluster_batches') IS NULL THEN -1 ELSE 0 END
            """);
        if (Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) < 0) return 0;
        // Status 3 is Orleans' SiloStatus.Active; a silo killed a moment ago stays active until the others vote it dead.
        await using var count = _source.CreateCommand("SELECT count(*) FROM orleansmembershiptable WHERE deploymentid = @cluster AND status = 3");
        count.Parameters.AddWithValue("cluster", clusterId);
        return Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <summary>The batch not yet collected with this identity (a run interrupted), or null.</summary>
    /// <param name="identity">The batch's identity.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<BatchState?> FindUncollectedAsync(string identity, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand("SELECT id FROM cluster_batches WHERE identity = @identity AND collected_at IS NULL");
        command.Parameters.AddWithValue("identity", identity);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long id ? await StateAsync(id, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>Records a new batch (no chunks yet) and returns its id; the uncollected batch of the same identity when
    /// another process created it first.</summary>
    /// <param name="spec">What the batch is.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task<long> CreateAsync(BatchSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        await using var command = _source.CreateCommand("""
            INSERT INTO cluster_batches (identity, input_name, header, format, threshold, lists, as_of, versions, chunk_rows, input_sha256)
            VALUES (@identity, @input, @header, @format, @threshold, @lists, @as_of, @versions, @chunk_rows, @input_sha256)
            ON CONFLICT (identity) WHERE collected_at IS NULL DO NOTHING RETURNING id
            """);
        command.Parameters.AddWithValue("identity", spec.Identity);
        command.Parameters.AddWithValue("input", spec.InputName);
        command.Parameters.AddWithValue("header", spec.Header);
        command.Parameters.AddWithValue("format", spec.Format.ToString());
        command.Parameters.AddWithValue("threshold", spec.Options.Threshold);
        command.Parameters.AddWithValue("lists", string.Join(",", spec.Options.Lists));
        command.Parameters.AddWithValue("as_of", spec.Options.AsOf is { } day ? day : DBNull.Value);
        command.Parameters.AddWithValue("versions", spec.Versions);
        command.Parameters.AddWithValue("chunk_rows", spec.ChunkRows);
        command.Parameters.AddWithValue("input_sha256", spec.InputSha256 is { } sha ? sha : DBNull.Value);
        if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long id) return id;
        return (await FindUncollectedAsync(spec.Identity, cancellationToken).ConfigureAwait(false))?.Id
            ?? throw new InvalidOperationException("The batch was neither created nor found.");
    }

    /// <summary>Stores chunk <paramref name="seq"/>'s rows (committed on return; stored already: nothing changes).</summary>
    /// <param name="batchId">The batch.</param>
    /// <param name="seq">The chunk's number, from 0 in input order.</param>
    /// <param name="rows">How many rows it holds.</param>
    /// <param name="input">The rows (<see cref="BatchChunkCodec.EncodeRows"/>).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task AddChunkAsync(long batchId, int seq, int rows, byte[] input, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand(
            "INSERT INTO cluster_batch_chunks (batch_id, seq, rows, input) VALUES (@batch, @seq, @rows, @input) ON CONFLICT (batch_id, seq) DO NOTHING");
        command.Parameters.AddWithValue("batch", batchId);
        command.Parameters.AddWithValue("seq", seq);
        command.Parameters.AddWithValue("rows", rows);
        command.Parameters.AddWithValue("input", input);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records that every chunk is stored: the batch has <paramref name="chunks"/> chunks holding <paramref name="rows"/> rows.</summary>
    /// <param name="batchId">The batch.</param>
    /// <param name="chunks">Its chunks.</param>
    /// <param name="rows">Its rows.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task SealAsync(long batchId, int chunks, long rows, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand("UPDATE cluster_batches SET chunks = @chunks, rows = @rows WHERE id = @batch");
        command.Parameters.AddWithValue("batch", batchId);
        command.Parameters.AddWithValue("chunks", chunks);
        command.Parameters.AddWithValue("rows", rows);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How far a batch has come.</summary>
    /// <param name="batchId">The batch.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<BatchState?> StateAsync(long batchId, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand("""
            SELECT b.chunks, b.rows, b.collected_at IS NOT NULL, b.chunk_rows,
                   count(c.seq), coalesce(max(c.seq), -1), count(c.seq) FILTER (WHERE c.output IS NOT NULL),
                   coalesce(sum(c.rows), 0), coalesce(sum(c.rows) FILTER (WHERE c.output IS NOT NULL), 0), count(DISTINCT c.silo)
            FROM cluster_batches b LEFT JOIN cluster_batch_chunks c ON c.batch_id = b.id
            WHERE b.id = @batch GROUP BY b.id
            """);
        command.Parameters.AddWithValue("batch", batchId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        return new BatchState(batchId, reader.IsDBNull(0) ? null : reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.GetBoolean(2),
            reader.GetInt32(3), (int)reader.GetInt64(4), reader.GetInt32(5), (int)reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8), (int)reader.GetInt64(9));
    }

    /// <summary>Claims the first open chunk (no output, no lease or a lease run out), skipping the batches in
    /// <paramref name="skip"/>; null when there is none.</summary>
    /// <param name="owner">Who claims it (the silo's address).</param>
    /// <param name="lease">How long the claim holds.</param>
    /// <param name="skip">Batches this silo cannot screen now.</param>
    /// <param name="cancellationToken">Cancels the claim.</param>
    public async Task<ClaimedChunk?> ClaimAsync(string owner, TimeSpan lease, IReadOnlyCollection<long> skip, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand("""
            UPDATE cluster_batch_chunks c SET lease_owner = @owner, lease_until = now() + @lease, attempts = c.attempts + 1
            FROM (SELECT batch_id, seq FROM cluster_batch_chunks
                  WHERE output IS NULL AND (lease_until IS NULL OR lease_until < now()) AND NOT (batch_id = ANY(@skip))
                  ORDER BY batch_id, seq LIMIT 1 FOR UPDATE SKIP LOCKED) open
            WHERE c.batch_id = open.batch_id AND c.seq = open.seq
            RETURNING c.batch_id, c.seq, c.input, c.attempts
            """);
        command.Parameters.AddWithValue("owner", owner);
        command.Parameters.AddWithValue("lease", lease);
        command.Parameters.AddWithValue("skip", skip.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        return new ClaimedChunk(reader.GetInt64(0), reader.GetInt32(1), reader.GetFieldValue<byte[]>(2), reader.GetInt32(3));
    }

    /// <summary>Gives a claimed chunk back unscreened (this silo cannot screen its batch now).</summary>
    /// <param name="chunk">The chunk.</param>
    /// <param name="owner">Who claimed it.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task ReleaseAsync(ClaimedChunk chunk, string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        await using var command = _source.CreateCommand("""
            UPDATE cluster_batch_chunks SET lease_owner = NULL, lease_until = NULL, attempts = attempts - 1
            WHERE batch_id = @batch AND seq = @seq AND lease_owner = @owner AND output IS NULL
            """);
        command.Parameters.AddWithValue("batch", chunk.BatchId);
        command.Parameters.AddWithValue("seq", chunk.Seq);
        command.Parameters.AddWithValue("owner", owner);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The batch's settings, as recorded when it was created.</summary>
    /// <param name="batchId">The batch.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<BatchSpec?> SpecAsync(long batchId, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand(
            "SELECT identity, input_name, header, format, threshold, lists, as_of, versions, chunk_rows, input_sha256 FROM cluster_batches WHERE id = @batch");
        command.Parameters.AddWithValue("batch", batchId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        var options = new ScreeningOptions
        {
            Threshold = reader.GetDouble(4),
            Lists = reader.GetString(5).Split(',', StringSplitOptions.RemoveEmptyEntries),
            AsOf = reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6),
        };
        return new BatchSpec(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<byte[]>(2), Enum.Parse<BatchFormat>(reader.GetString(3)),
            options, reader.GetString(7), reader.GetInt32(8))
        {
            InputSha256 = reader.IsDBNull(9) ? null : reader.GetString(9),
        };
    }

    /// <summary>When a batch was stored and finished, and the counts of its chunks screened so far.</summary>
    /// <param name="batchId">The batch.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<BatchOverview?> OverviewAsync(long batchId, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand("""
            SELECT b.created_at, max(c.done_at), coalesce(sum(c.screened), 0), coalesce(sum(c.with_hits), 0), coalesce(sum(c.bad_rows), 0), coalesce(sum(c.warnings), 0)
            FROM cluster_batches b LEFT JOIN cluster_batch_chunks c ON c.batch_id = b.id
            WHERE b.id = @batch GROUP BY b.id
            """);
        command.Parameters.AddWithValue("batch", batchId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        return new BatchOverview(new DateTimeOffset(reader.GetDateTime(0), TimeSpan.Zero), reader.IsDBNull(1) ? null : new DateTimeOffset(reader.GetDateTime(1), TimeSpan.Zero),
            reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5));
    }

    /// <summary>The first <paramref name="max"/> reports (bad rows, warnings) of a batch's chunks, in input order.</summary>
    /// <param name="batchId">The batch.</param>
    /// <param name="max">How many at most.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<List<string>> ReportsAsync(long batchId, int max, CancellationToken cancellationToken)
    {
        var reports = new List<string>();
        // Only chunks that hold reports, in order, until enough are read: most chunks hold none.
        await using var command = _source.CreateCommand(
            "SELECT reports FROM cluster_batch_chunks WHERE batch_id = @batch AND reports IS NOT NULL AND length(reports) > 0 ORDER BY seq LIMIT @max");
        command.Parameters.AddWithValue("batch", batchId);
        command.Parameters.AddWithValue("max", max);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (reports.Count < max && await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var report in Encoding.UTF8.GetString(reader.GetFieldValue<byte[]>(0)).Split(ChunkScreening.ReportSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                if (reports.Count == max) break;
                reports.Add(report);
            }
        }
        return reports;
    }

    /// <summary>Stores a chunk's output, unless it has one (another silo finished it first); returns true when this
    /// call stored it.</summary>
    /// <param name="chunk">The chunk.</param>
    /// <param name="done">Its output and counts.</param>
    /// <param name="silo">Where it was screened.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task<bool> CompleteAsync(ClaimedChunk chunk, ChunkDone done, string silo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        ArgumentNullException.ThrowIfNull(done);
        await using var command = _source.CreateCommand("""
            UPDATE cluster_batch_chunks
            SET output = @output, reports = @reports, screened = @screened, with_hits = @with_hits, bad_rows = @bad, warnings = @warnings,
                silo = @silo, done_at = now(), lease_owner = NULL, lease_until = NULL
            WHERE batch_id = @batch AND seq = @seq AND output IS NULL
            """);
        command.Parameters.AddWithValue("batch", chunk.BatchId);
        command.Parameters.AddWithValue("seq", chunk.Seq);
        command.Parameters.AddWithValue("output", done.Output);
        command.Parameters.AddWithValue("reports", done.Reports);
        command.Parameters.AddWithValue("screened", done.Screened);
        command.Parameters.AddWithValue("with_hits", done.WithHits);
        command.Parameters.AddWithValue("bad", done.BadRows);
        command.Parameters.AddWithValue("warnings", done.Warnings);
        command.Parameters.AddWithValue("silo", silo);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>The chunks' outputs in input order (every chunk of the batch must be done).</summary>
    /// <param name="batchId">The batch.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async IAsyncEnumerable<(int Seq, int Rows, ChunkDone Done)> OutputsAsync(long batchId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // One chunk per query: a batch's output may be larger than memory, and a reader holds its rows in a buffer.
        for (var seq = 0; ; seq++)
        {
            await using var command = _source.CreateCommand(
                "SELECT rows, output, reports, screened, with_hits, bad_rows, warnings FROM cluster_batch_chunks WHERE batch_id = @batch AND seq = @seq");
            command.Parameters.AddWithValue("batch", batchId);
            command.Parameters.AddWithValue("seq", seq);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) yield break;
            if (reader.IsDBNull(1)) throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Chunk {seq} of batch {batchId} is not screened yet."));
            var done = new ChunkDone(reader.GetFieldValue<byte[]>(1), reader.GetFieldValue<byte[]>(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6));
            yield return (seq, reader.GetInt32(0), done);
        }
    }

    /// <summary>Marks the batch collected (its output file written) and drops its chunks' rows and outputs, keeping
    /// each chunk's record (rows, counts, attempts, silo); a batch of the same identity is then a new one.</summary>
    /// <param name="batchId">The batch.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task CollectAsync(long batchId, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand("""
            UPDATE cluster_batches SET collected_at = now() WHERE id = @batch;
            UPDATE cluster_batch_chunks SET input = ''::bytea, output = ''::bytea, reports = ''::bytea WHERE batch_id = @batch
            """);
        command.Parameters.AddWithValue("batch", batchId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _source.DisposeAsync();
}

/// <summary>What a batch is: everything that decides its output.</summary>
/// <param name="Identity">The SHA-256 of the input and these settings: a run with the same ones resumes the batch.</param>
/// <param name="InputName">The input file's name, in messages.</param>
/// <param name="Header">The input's header (<see cref="BatchChunkCodec.EncodeHeader"/>).</param>
/// <param name="Format">The output format.</param>
/// <param name="Options">Threshold, lists, date.</param>
/// <param name="Versions">The list versions it screens against (<see cref="BatchRows.Versions"/>): a silo serving others does not screen it.</param>
/// <param name="ChunkRows">Rows per chunk.</param>
public sealed record BatchSpec(string Identity, string InputName, byte[] Header, BatchFormat Format, ScreeningOptions Options, string Versions, int ChunkRows)
{
    /// <summary>The input file's SHA-256, hex (for the audit trail); null when not recorded.</summary>
    public string? InputSha256 { get; init; }
}

/// <summary>When a batch was stored and finished, and the counts of its chunks screened so far.</summary>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="LastDoneAt">When its last chunk so far was screened; null before the first.</param>
/// <param name="Screened">Rows screened.</param>
/// <param name="WithHits">Rows with matches.</param>
/// <param name="BadRows">Rows skipped.</param>
/// <param name="Warnings">Fields ignored.</param>
public sealed record BatchOverview(DateTimeOffset CreatedAt, DateTimeOffset? LastDoneAt, long Screened, long WithHits, long BadRows, long Warnings);

/// <summary>How far a batch has come.</summary>
/// <param name="Id">The batch.</param>
/// <param name="Chunks">Its chunks; null while they are being stored.</param>
/// <param name="Rows">Its rows; null while they are being stored.</param>
/// <param name="Collected">Its output file has been written.</param>
/// <param name="ChunkRows">Rows per chunk.</param>
/// <param name="ChunksStored">Chunks stored so far.</param>
/// <param name="LastSeq">The number of the last chunk stored; −1 for none.</param>
/// <param name="ChunksDone">Chunks screened.</param>
/// <param name="RowsStored">Rows stored so far.</param>
/// <param name="RowsDone">Rows screened.</param>
/// <param name="Silos">Silos that screened its chunks.</param>
public sealed record BatchState(long Id, int? Chunks, long? Rows, bool Collected, int ChunkRows, int ChunksStored, int LastSeq, int ChunksDone,
    long RowsStored, long RowsDone, int Silos)
{
    /// <summary>Every chunk is stored and screened.</summary>
    public bool Done => Chunks is { } chunks && ChunksDone == chunks;
}

/// <summary>A chunk a silo claimed.</summary>
/// <param name="BatchId">Its batch.</param>
/// <param name="Seq">Its number.</param>
/// <param name="Input">Its rows (<see cref="BatchChunkCodec.EncodeRows"/>).</param>
/// <param name="Attempts">How many claims it has had, this one included.</param>
public sealed record ClaimedChunk(long BatchId, int Seq, byte[] Input, int Attempts);

/// <summary>A chunk screened.</summary>
/// <param name="Output">Its rows' output, UTF-8; in a JSON document each row preceded by a comma
/// (<see cref="BatchRows.JsonSeparator"/>), which the assembler drops before the file's first row.</param>
/// <param name="Reports">Its rows' reports (skipped, warned), UTF-8, each ended by <see cref="ChunkScreening.ReportSeparator"/>.</param>
/// <param name="Screened">Rows screened.</param>
/// <param name="WithHits">Rows with matches.</param>
/// <param name="BadRows">Rows skipped.</param>
/// <param name="Warnings">Fields ignored.</param>
public sealed record ChunkDone(byte[] Output, byte[] Reports, int Screened, int WithHits, int BadRows, int Warnings);
