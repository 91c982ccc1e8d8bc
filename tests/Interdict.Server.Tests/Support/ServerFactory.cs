using Interdict.Core.Access;
using Interdict.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Interdict.Server.Tests.Support;

/// <summary>The real server in process, on a real database: a SQLite file in a temporary data folder, or a schema of
/// its own in the PostgreSQL database of <c>PG_CONN</c>.</summary>
sealed class ServerFactory : WebApplicationFactory<Program>
{
    readonly string _provider;
    readonly bool _bundledList;
    readonly Dictionary<string, string> _settings;
    readonly bool _ownsDatabase = true;
    readonly Action<IServiceCollection>? _services;

    /// <param name="provider">sqlite or postgres.</param>
    /// <param name="bundledList">Serve the bundled UN list.</param>
    /// <param name="settings">Configuration settings.</param>
    /// <param name="services">Changes to the services after the server's own (a decorated store, to slow a read down).</param>
    public ServerFactory(string provider, bool bundledList = true, Dictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    {
        _provider = provider;
        _bundledList = bundledList;
        _settings = settings ?? [];
        _services = services;
        DataDirectory = Directory.CreateTempSubdirectory("interdict-server-test-").FullName;
        Schema = "srv_" + Guid.NewGuid().ToString("N")[..12];
    }

    ServerFactory(ServerFactory other, Action<IServiceCollection>? services)
        : this(other._provider, other._bundledList, other._settings, services)
    {
        Directory.Delete(DataDirectory);
        DataDirectory = other.DataDirectory;
        Schema = other.Schema;
        _ownsDatabase = false;
    }

    /// <summary>A second server on this one's database (the same SQLite file, or the same PostgreSQL schema), as
    /// several processes of one deployment run.</summary>
    public ServerFactory SharingItsDatabase(Action<IServiceCollection>? services = null) => new(this, services);

    public string DataDirectory { get; }

    /// <summary>The PostgreSQL schema, when the provider is PostgreSQL.</summary>
    public string Schema { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Interdict:DataDirectory", DataDirectory);
        builder.UseSetting("Interdict:BundledList", _bundledList ? "true" : "false");
        if (_provider == "postgres")
        {
            if (string.IsNullOrWhiteSpace(Postgres.ConnectionString))
                throw new InvalidOperationException("INTERDICT_REQUIRE_POSTGRES=1 but PG_CONN is not set: start a server (scripts/pg-start.sh) and export PG_CONN");
            builder.UseSetting("Interdict:Postgres", Postgres.ConnectionString);
            builder.UseSetting("Interdict:Storage:Schema", Schema);
        }
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        if (_services is not null) builder.ConfigureServices(_services);
    }

    /// <summary>A client sending a new key of <paramref name="role"/> (created straight in the store).</summary>
    public HttpClient ClientAs(Role role, string? name = null)
    {
        var keys = Services.GetRequiredService<IApiKeyStore>();
        var created = keys.CreateAsync(name ?? $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}"[..20], role, CancellationToken.None).GetAwaiter().GetResult();
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", created.Plaintext);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || !_ownsDatabase) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
