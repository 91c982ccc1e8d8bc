using System.Net;
using Interdict.Hosting;
using Interdict.Hosting.Customers;
using Interdict.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Interdict.Cluster;

/// <summary>Turns a host built with <c>AddInterdict</c> into a silo of an Interdict cluster.</summary>
public static class InterdictClusterExtensions
{
    /// <summary>Joins the Orleans cluster whose membership lives in the service's PostgreSQL database (ADO.NET
    /// clustering; docs/adr/0002-cluster.md): customers are indexed in shard grains instead of this process, list
    /// updates and full re-screens fan out to every shard, and the 30-second refresh is off (a job brings its list
    /// version to every silo it reaches). Call after <c>AddInterdict</c>.</summary>
    /// <param name="builder">The host builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ClusterConfigurationException">The store is SQLite (cluster mode needs PostgreSQL), or a setting is out of range.</exception>
    public static IHostApplicationBuilder AddInterdictCluster(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var options = configuration.GetSection(InterdictOptions.Section).Get<InterdictOptions>() ?? new InterdictOptions();
        var storage = InterdictStores.Settings(options, configuration);
        if (storage.Provider != StorageProvider.Postgres || string.IsNullOrWhiteSpace(storage.ConnectionString))
        {
            throw new ClusterConfigurationException(
                "Cluster mode needs PostgreSQL: the silos share its database and their membership lives in it. Set Interdict__Postgres to a connection string "
                + "(the SQLite file serves one process only; without --cluster, `interdict serve` runs on it as before).");
        }
        var settings = configuration.GetSection(ClusterSettings.Section).Get<ClusterSettings>() ?? new ClusterSettings();
        if (settings.Shards is < 1 or > 65_536) throw new ClusterConfigurationException($"{ClusterSettings.Section}:Shards must be between 1 and 65536, not {settings.Shards}.");
        if (settings.BatchChunkRows < 1) throw new ClusterConfigurationException($"{ClusterSettings.Section}:BatchChunkRows must be at least 1, not {settings.BatchChunkRows}.");
        if (!IPAddress.TryParse(settings.AdvertisedAddress, out var address))
            throw new ClusterConfigurationException($"{ClusterSettings.Section}:AdvertisedAddress must be an IP address, not '{settings.AdvertisedAddress}'.");

        var services = builder.Services;
        services.AddOptions<ClusterSettings>().BindConfiguration(ClusterSettings.Section);
        var database = new ClusterDatabase(storage.ConnectionString, storage.Schema);
        services.AddSingleton(database);
        services.AddSingleton<SiloLists>();
        services.AddSingleton<ICustomerRescreening, ClusterRescreening>();
        // This process holds none of the customers: the shards do.
        services.AddSingleton(sp =>
        {
            var monitor = ActivatorUtilities.CreateInstance<CustomerMonitor>(sp);
            monitor.MarkIndexedElsewhere();
            return monitor;
        });
        services.PostConfigure<InterdictOptions>(o => o.RefreshSeconds = 0);
        services.AddHostedService<ClusterStartup>();
        builder.UseOrleans(silo =>
        {
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = database.ConnectionString;
            });
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = settings.ClusterId;
                o.ServiceId = "interdict";
            });
            silo.ConfigureEndpoints(address, settings.SiloPort, settings.GatewayPort);
            silo.Services.AddPlacementDirector<ShardPlacement, ShardPlacementDirector>();
            silo.Services.AddSingleton<PlaceableSilos>();
            silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(Math.Max(1, settings.CallTimeoutSeconds)));
            // A shard's activation builds its index from the database: Orleans' default 30 s cancelled every shard's
            // build at 250,000 customers on a loaded machine (64 builds at once), so it gets as long as a call.
            silo.Configure<GrainCollectionOptions>(o => o.ActivationTimeout = TimeSpan.FromSeconds(Math.Max(1, settings.CallTimeoutSeconds)));
        });
        services.AddHostedService<ShardWarmUp>();
        services.AddSingleton(new Batches.ClusterBatches(storage.ConnectionString, storage.Schema));
        services.AddHostedService<Batches.BatchWorker>();
        // Batch files over HTTP (POST /v1/batches): the single process registers none, and the API says so.
        services.AddSingleton<Hosting.Screening.IBatchFiles, Batches.ClusterBatchFiles>();
        return builder;
    }
}
