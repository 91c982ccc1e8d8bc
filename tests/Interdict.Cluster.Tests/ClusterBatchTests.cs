using System.Text;
using Interdict.Cluster;
using Interdict.Hosting;
using Npgsql;
using Xunit.Abstractions;

namespace Interdict.Cluster.Tests;

/// <summary><c>screen --input --output --cluster</c> on three silo processes over the PostgreSQL of scripts/test; the
/// oracle is <c>screen --input --output</c> in one process on the same database and lists: byte for byte.</summary>
[Collection(Silos.Collection)]
public sealed class ClusterBatchTests(ITestOutputHelper output)
{
    /// <summary>Rows per chunk in these tests: about thirty chunks, so every silo gets some.</summary>
    internal const int ChunkRows = 100;

    [PostgresFact]
    public async Task Batch_OnThreeSilos_OneKilledMidChunk_EqualsTheSingleProcessOutput_EachChunkStoredOnce()
    {
        var (schema, environment) = NewBatchCluster();
        var data = Directory.CreateTempSubdirectory("interdict-cluster-batch-");
        var input = WriteInput(data);
        // Silo 2 kills itself (SIGKILL) right after it screened its first chunk, before storing it: the chunk's lease
        // runs out and another silo screens it again.
        await using var silo1 = await ClusterTests.StartSiloAsync(environment, data, 1);
        await using var silo2 = await ClusterTests.StartSiloAsync(
            new Dictionary<string, string>(environment) { [CrashPoints.Variable] = ClusterCrashPoints.BatchChunkScreened }, data, 2);
        await using var silo3 = await ClusterTests.StartSiloAsync(environment, data, 3);
        var expected = await ImportListAndScreenInOneProcessAsync(environment, data, [silo1, silo2, silo3], input, "single.jsonl");

        var outputPath = Path.Combine(data.FullName, "cluster.jsonl");
        var (exitCode, text) = await RunAsync(environment, data, input, outputPath);
        output.WriteLine(text);
        Assert.True(exitCode == 3, text); // 3: finished, with the input's bad row reported and skipped, as in one process
        await silo2.WaitExitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains($"{CrashPoints.Variable}={ClusterCrashPoints.BatchChunkScreened}", silo2.Output, StringComparison.Ordinal);
        Assert.Equal(expected, await File.ReadAllBytesAsync(outputPath));
        Assert.Contains("line 2: the id is empty; row skipped", text, StringComparison.Ordinal);

        var chunks = await ChunksAsync(schema);
        output.WriteLine($"chunks: {chunks}");
        Assert.Equal(InputRows / ChunkRows + 1, chunks.Chunks);
        Assert.Equal(InputRows, chunks.Rows);
        Assert.True(chunks.ClaimedAgain >= 1, $"the chunk silo 2 died on was claimed again: {chunks}");
        Assert.Equal(2, chunks.Silos); // the survivors stored every chunk; silo 2 stored none
        data.Delete(recursive: true);
    }

    [PostgresFact]
    public async Task Batch_WhoseCommandIsKilledMidway_IsResumedByTheSameCommand_WithTheSameOutput()
    {
        var (schema, environment) = NewBatchCluster();
        var data = Directory.CreateTempSubdirectory("interdict-cluster-batch-");
        var input = WriteInput(data);
        await using var silo1 = await ClusterTests.StartSiloAsync(environment, data, 1);
        await using var silo2 = await ClusterTests.StartSiloAsync(environment, data, 2);
        await using var silo3 = await ClusterTests.StartSiloAsync(environment, data, 3);
        // A JSON document: the first row written is the only one without a comma before it, wherever it was screened.
        var expected = await ImportListAndScreenInOneProcessAsync(environment, data, [silo1, silo2, silo3], input, "single.json");

        // The command dies (SIGKILL) once it stored the batch's first chunk; the silos screen that chunk meanwhile.
        var outputPath = Path.Combine(data.FullName, "cluster.json");
        var (killed, first) = await RunAsync(new Dictionary<string, string>(environment) { [CrashPoints.Variable] = ClusterCrashPoints.BatchChunkStored },
            data, input, outputPath);
        output.WriteLine(first);
        Assert.NotEqual(0, killed);
        Assert.Contains($"{CrashPoints.Variable}={ClusterCrashPoints.BatchChunkStored}", first, StringComparison.Ordinal);
        Assert.False(File.Exists(outputPath));

        var (exitCode, second) = await RunAsync(environment, data, input, outputPath);
        output.WriteLine(second);
        Assert.True(exitCode == 3, second);
        Assert.Contains("resuming batch 1 of an interrupted run: 1 chunk(s) stored", second, StringComparison.Ordinal);
        Assert.Equal(expected, await File.ReadAllBytesAsync(outputPath));
        Assert.False(File.Exists(outputPath + ".partial"));

        var chunks = await ChunksAsync(schema);
        output.WriteLine($"chunks: {chunks}");
        Assert.Equal(1, chunks.Batches);
        Assert.Equal(InputRows / ChunkRows + 1, chunks.Chunks);
        Assert.Equal(InputRows, chunks.Rows);
        data.Delete(recursive: true);
    }

    [PostgresFact]
    public async Task Batch_WithoutARunningSilo_IsRefusedSayingSo()
    {
        var (_, environment) = NewBatchCluster();
        var data = Directory.CreateTempSubdirectory("interdict-cluster-batch-");
        var input = WriteInput(data);
        var (exitCode, text) = await RunAsync(environment, data, input, Path.Combine(data.FullName, "out.jsonl"));
        Assert.Equal(4, exitCode);
        Assert.Contains("screen --cluster needs a running cluster", text, StringComparison.Ordinal);
        data.Delete(recursive: true);
    }

    [Fact]
    public async Task Batch_OnSqlite_IsRefusedSayingPostgresIsNeeded()
    {
        var data = Directory.CreateTempSubdirectory("interdict-cluster-batch-");
        var input = WriteInput(data);
        var (exitCode, text) = await InterdictProcess.RunAsync(new Dictionary<string, string>(), "screen", "--input", input, "--output",
            Path.Combine(data.FullName, "out.jsonl"), "--cluster", "--data", data.FullName);
        Assert.Equal(1, exitCode);
        Assert.Contains("screen --cluster needs PostgreSQL", text, StringComparison.Ordinal);
        Assert.Contains("Interdict__Postgres", text, StringComparison.Ordinal);
        data.Delete(recursive: true);
    }

    /// <summary>The input's rows: the development queries twice over (ids made unique), a row without an id (skipped
    /// and reported) and a row with a bad date of birth (screened, warned).</summary>
    internal const int InputRows = 2 * 1440 + 2;

    internal static string WriteInput(DirectoryInfo data)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "testdata", "eval", "names", "dev.csv"), Encoding.UTF8);
        Assert.Equal(1441, lines.Length);
        var text = new StringBuilder(lines[0]).Append('\n');
        text.Append(",Nobody Without An Id,person,,,,\n");
        text.Append("x1,Kim Jong Un,person,1983-13-45,,,\n");
        for (var copy = 0; copy < 2; copy++)
        {
            foreach (var line in lines.Skip(1))
            {
                var comma = line.IndexOf(',', StringComparison.Ordinal);
                text.Append(line[..comma]).Append('-').Append(copy).Append(line[comma..]).Append('\n');
            }
        }
        var path = Path.Combine(data.FullName, "batch.csv");
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return path;
    }

    internal static (string Schema, Dictionary<string, string> Environment) NewBatchCluster()
    {
        var (schema, environment) = ClusterTests.NewCluster();
        environment["Interdict__Cluster__BatchChunkRows"] = ChunkRows.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["Interdict__Cluster__BatchLeaseSeconds"] = "5";
        // The commands see the lists the silos serve (started with --no-bundled-list): the versions stored in the database.
        environment["Interdict__BundledList"] = "false";
        return (schema, environment);
    }

    /// <summary>Imports the UN list through silo 1 (its update job brings the version to every silo), then screens the
    /// input in one process on the same database: the bytes the cluster must write.</summary>
    Task<byte[]> ImportListAndScreenInOneProcessAsync(Dictionary<string, string> environment, DirectoryInfo data, InterdictProcess[] silos,
        string input, string outputName) =>
        ImportListAndScreenInOneProcessAsync(output, environment, data, silos, input, outputName, key => { });

    /// <inheritdoc cref="ImportListAndScreenInOneProcessAsync(Dictionary{string, string}, DirectoryInfo, InterdictProcess[], string, string)"/>
    /// <param name="adminKey">Told the admin key created on the way.</param>
    internal static async Task<byte[]> ImportListAndScreenInOneProcessAsync(ITestOutputHelper output, Dictionary<string, string> environment, DirectoryInfo data,
        InterdictProcess[] silos, string input, string outputName, Action<string> adminKey)
    {
        await ClusterTests.WaitForShardsOnAsync(silos, silos: silos.Length);
        var key = await Deployment.CreateKeyAsync(environment, Path.Combine(data.FullName, "cli"));
        adminKey(key);
        using var http = Deployment.Client(silos[0].Url!, key);
        await Deployment.ImportListAsync(http, RepositoryPaths.UnList2026);
        var single = Path.Combine(data.FullName, outputName);
        var (exitCode, text) = await InterdictProcess.RunAsync(environment, "screen", "--input", input, "--output", single, "--data", Path.Combine(data.FullName, "cli"));
        output.WriteLine(text);
        Assert.True(exitCode == 3, text);
        return await File.ReadAllBytesAsync(single);
    }

    static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment, DirectoryInfo data, string input, string outputPath)
    {
        await using var command = InterdictProcess.Start(environment, null, "screen", "--input", input, "--output", outputPath, "--cluster",
            "--data", Path.Combine(data.FullName, "cli"));
        await command.WaitExitAsync(TimeSpan.FromMinutes(5));
        return (command.ExitCode, command.Output);
    }

    internal sealed record ChunkCounts(long Batches, long Chunks, long Rows, long ClaimedAgain, long Silos);

    internal static async Task<ChunkCounts> ChunksAsync(string schema)
    {
        await using var database = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(PostgresFactAttribute.Connection) { SearchPath = schema }.ConnectionString);
        await using var command = database.CreateCommand("""
            SELECT (SELECT count(*) FROM cluster_batches), count(*), coalesce(sum(rows), 0), count(*) FILTER (WHERE attempts > 1), count(DISTINCT silo)
            FROM cluster_batch_chunks WHERE batch_id = (SELECT max(id) FROM cluster_batches WHERE collected_at IS NOT NULL) AND done_at IS NOT NULL
            """);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return new ChunkCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }
}
