using System.Net;
using Interdict.Core.Access;
using Interdict.Server.Tests.Support;
using Interdict.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Interdict.Server.Tests;

/// <summary>A customer import whose reverse-index rebuild outlasts the job's lease (millions of customers, a slow
/// database) keeps its job: the lease is renewed while the index is rebuilt, so this process's own resumer does not
/// take the job over while the request waits for it (it did, and the request answered 500).</summary>
public sealed class ImportLeaseApiTests
{
    public static TheoryData<string> Providers => Postgres.Providers();

    [Theory, MemberData(nameof(Providers))]
    public async Task ACustomerImportWhoseIndexRebuildOutlastsTheLease_AnswersWithItsScreening(string provider)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // A one-second lease; the second read of every customer (the import's rebuild) held back for several leases.
        using var server = new ServerFactory(provider, settings: new() { ["Interdict:JobLeaseSeconds"] = "1" }, services: services =>
            services.AddSingleton<ICustomerStore>(sp => new HeldBackCustomerStore(sp.GetRequiredService<IInterdictStore>().Customers, gate.Task, fromRead: 2)));
        using var client = server.ClientAs(Role.Admin);
        Assert.Equal("ready", (await client.GetJsonAsync("/health")).Body.Str("customer_index"));
        var path = Path.Combine(server.DataDirectory, "customers.csv");
        await File.WriteAllTextAsync(path, "id,name\nc1,Ri Won Ho\nc2,Jane Example\n");

        var import = client.UploadAsync("/v1/customers/import", path);
        Assert.NotSame(import, await Task.WhenAny(import, Task.Delay(TimeSpan.FromSeconds(4))));
        gate.SetResult();
        var imported = await import;

        imported.Is(HttpStatusCode.OK);
        Assert.Equal(2, imported.Body.GetProperty("created").GetInt64());
        Assert.Equal(1, imported.Body.GetProperty("alerts_raised").GetInt32());
    }
}
