using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Npgsql;
using Xunit.Abstractions;

namespace Interdict.Cluster.Tests;

/// <summary><c>POST /v1/batches</c> and its progress and output on two silo processes over the PostgreSQL of
/// scripts/test; the oracle is <c>screen --input --output</c> in one process on the same database and lists: byte for
/// byte, as for <c>screen --cluster</c> (<see cref="ClusterBatchTests"/>).</summary>
[Collection(Silos.Collection)]
public sealed class ClusterBatchApiTests(ITestOutputHelper output)
{
    [PostgresFact]
    public async Task BatchPostedToOneSilo_PolledOnAnother_ItsOutputEqualsTheSingleProcessOutput_BadFilesAndRolesRefused()
    {
        var (schema, environment) = ClusterBatchTests.NewBatchCluster();
        var data = Directory.CreateTempSubdirectory("interdict-cluster-batch-api-");
        var input = ClusterBatchTests.WriteInput(data);
        var starting = new[] { 1, 2 }.Select(n => ClusterTests.StartSiloAsync(environment, data, n)).ToArray();
        await using var silo1 = await starting[0];
        await using var silo2 = await starting[1];
        // A JSON document: its first row is the only one without a comma before it, wherever that row was screened.
        var key = "";
        var expected = await ClusterBatchTests.ImportListAndScreenInOneProcessAsync(output, environment, data, [silo1, silo2], input, "single.json", k => key = k);
        using var http1 = Deployment.Client(silo1.Url!, key);
        using var http2 = Deployment.Client(silo2.Url!, key);

        // A line that is not CSV: refused whole, naming the line, with nothing stored.
        using (var bad = await PostAsync(http1, "id,name\n1,Kim Jong Un\n2,\"Ri Won Ho\n3,Choe Ryong Hae\n", "format=json"))
        {
            var body = await bad.Content.ReadAsStringAsync();
            Assert.True(bad.StatusCode == HttpStatusCode.BadRequest, body);
            Assert.Contains("line 3: a quote on this line is never closed", body, StringComparison.Ordinal);
            Assert.Equal(0L, await BatchesStoredAsync(schema));
        }

        // A role without the permission (batch files need analyst), and an unknown batch.
        using (var screener = Deployment.Client(silo1.Url!, await CreateKeyAsync(http1, "screener")))
        using (var refused = await PostAsync(screener, await File.ReadAllTextAsync(input), "format=json"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        using (var unknown = await http2.GetAsync("/v1/batches/4242"))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        using var accepted = await PostAsync(http1, await File.ReadAllTextAsync(input), "format=json&name=batch.csv");
        var submitted = await accepted.Content.ReadAsStringAsync();
        Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, submitted);
        var id = JsonDocument.Parse(submitted).RootElement.GetProperty("id").GetInt64();
        Assert.Equal($"/v1/batches/{id}", accepted.Headers.Location?.OriginalString);
        var state = await StateAsync(http2, id);
        if (state.GetProperty("state").GetString() != "done")
        {
            using var early = await http2.GetAsync($"/v1/batches/{id}/output");
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        }

        var until = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (state.GetProperty("state").GetString() != "done")
        {
            Assert.True(DateTime.UtcNow < until, $"batch {id} not done: {state}");
            await Task.Delay(250);
            state = await StateAsync(http2, id);
        }
        output.WriteLine(state.ToString());
        Assert.Equal(ClusterBatchTests.InputRows, state.GetProperty("rows").GetInt64());
        Assert.Equal(ClusterBatchTests.InputRows, state.GetProperty("rows_done").GetInt64());
        Assert.Equal(ClusterBatchTests.InputRows / ClusterBatchTests.ChunkRows + 1, state.GetProperty("chunks").GetInt32());
        Assert.Equal(1, state.GetProperty("bad_rows").GetInt64());
        Assert.Contains(state.GetProperty("reports").EnumerateArray(), r => r.GetString() == "line 2: the id is empty; row skipped");
        Assert.Contains(state.GetProperty("list_versions").EnumerateArray(), v => v.GetString()!.StartsWith("un 2026-02-27", StringComparison.Ordinal));
        Assert.Equal($"/v1/batches/{id}/output", state.GetProperty("output").GetString());

        using var result = await http2.GetAsync($"/v1/batches/{id}/output", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal("application/json", result.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expected, await result.Content.ReadAsByteArrayAsync());

        // The same file and settings again is the same batch; both the submission and the output read are audited.
        using (var again = await PostAsync(http2, await File.ReadAllTextAsync(input), "format=json&name=batch.csv"))
        {
            Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
            Assert.Equal(id, JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64());
        }
        var submits = await AuditAsync(http1, "batch.submit");
        Assert.Equal(2, submits.GetArrayLength());
        // The single process's run above is recorded as screen.file too, with its own output file's name.
        var read = Assert.Single((await AuditAsync(http1, "screen.file")).EnumerateArray(),
            r => r.GetProperty("outputs").GetProperty("file").GetString() == $"batch-{id}.json");
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(expected)), read.GetProperty("outputs").GetProperty("sha256").GetString());
        Assert.Equal(state.GetProperty("sha256").GetString(), read.GetProperty("inputs").GetProperty("sha256").GetString());

        // Removed: the data is dropped, the record stays, the output is gone.
        using (var removed = await http2.DeleteAsync($"/v1/batches/{id}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        }
        Assert.Equal("collected", (await StateAsync(http1, id)).GetProperty("state").GetString());
        using (var gone = await http1.GetAsync($"/v1/batches/{id}/output"))
        {
            Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        }
        Assert.Equal(0L, await StoredBytesAsync(schema, id));
        data.Delete(recursive: true);
    }

    static async Task<long> StoredBytesAsync(string schema, long id)
    {
        await using var database = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(PostgresFactAttribute.Connection) { SearchPath = schema }.ConnectionString);
        await using var command = database.CreateCommand("SELECT coalesce(sum(length(input) + length(output) + length(reports)), 0) FROM cluster_batch_chunks WHERE batch_id = @id");
        command.Parameters.AddWithValue("id", id);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    static async Task<HttpResponseMessage> PostAsync(HttpClient http, string csv, string query)
    {
        using var content = new StringContent(csv, new UTF8Encoding(false), new MediaTypeHeaderValue("text/csv"));
        return await http.PostAsync($"/v1/batches?{query}", content);
    }

    static async Task<JsonElement> StateAsync(HttpClient http, long id)
    {
        using var response = await http.GetAsync(string.Create(CultureInfo.InvariantCulture, $"/v1/batches/{id}"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    static async Task<string> CreateKeyAsync(HttpClient admin, string role)
    {
        using var content = new StringContent($$"""{"name": "batch-{{role}}", "role": "{{role}}"}""", Encoding.UTF8, "application/json");
        using var response = await admin.PostAsync("/v1/keys", content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("key").GetString()!;
    }

    static async Task<JsonElement> AuditAsync(HttpClient http, string action)
    {
        var page = JsonDocument.Parse(await http.GetStringAsync($"/v1/audit?action={action}&limit=100")).RootElement;
        return page.GetProperty("records").Clone();
    }

    static async Task<long> BatchesStoredAsync(string schema)
    {
        await using var database = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(PostgresFactAttribute.Connection) { SearchPath = schema }.ConnectionString);
        await using var command = database.CreateCommand("SELECT (SELECT count(*) FROM cluster_batches) + (SELECT count(*) FROM cluster_batch_chunks)");
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
