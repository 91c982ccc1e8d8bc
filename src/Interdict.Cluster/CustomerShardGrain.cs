using System.Diagnostics.Metrics;
using Interdict.Core.Alerts;
using Interdict.Hosting.Access;
using Interdict.Hosting.Alerts;
using Interdict.Hosting.Customers;
using Interdict.Matching.Screening;
using Interdict.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace Interdict.Cluster;

/// <summary>A shard of the customers: the single-process <see cref="CustomerMonitor"/> over the shard's part of the
/// store (<see cref="ShardCustomerStore"/>), alerts raised through the same <see cref="AlertService"/>.</summary>
/// <remarks>Calls run one at a time (Orleans' default), so a change and a re-screen never interleave. Placed by
/// <see cref="ShardPlacement"/>; when silos join or leave, a shard no longer on its preferred silo migrates when idle
/// (Orleans' live migration, which asks <see cref="ShardPlacementDirector"/> where to) and is built again there from the
/// database. Not a deactivation: a caller holding the shard's old address in its cache would build it again in place,
/// and on a loaded machine shards were seen leaving and coming back to the same silo for minutes.</remarks>
[ShardPlacement]
sealed partial class CustomerShardGrain : Grain, ICustomerShardGrain, IDisposable
{
    readonly ICustomerStore _store;
    readonly ClusterDatabase _database;
    readonly SiloLists _lists;
    readonly AlertService _alerts;
    readonly CustomerOwnership _ownership;
    readonly ClusterSettings _settings;
    readonly ILocalSiloDetails _silo;
    readonly PlaceableSilos _placeable;
    readonly ILoggerFactory _loggers;
    readonly ILogger<CustomerShardGrain> _logger;
    readonly UnpublishedMeters _meters = new();
    CustomerMonitor? _monitor;

    public CustomerShardGrain(ICustomerStore store, ClusterDatabase database, SiloLists lists, AlertService alerts, CustomerOwnership ownership,
        IOptions<ClusterSettings> settings, ILocalSiloDetails silo, PlaceableSilos placeable, ILoggerFactory loggers)
    {
        _ownership = ownership;
        _placeable = placeable;
        _store = store;
        _database = database;
        _lists = lists;
        _alerts = alerts;
        _settings = settings.Value;
        _silo = silo;
        _loggers = loggers;
        _logger = loggers.CreateLogger<CustomerShardGrain>();
    }

    int Shard => (int)this.GetPrimaryKeyLong();

    CustomerMonitor Monitor => _monitor ?? throw new InvalidOperationException("The shard is not activated.");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A silo's first shard may come after a list version's job went by without reaching it: serve what is stored.
        _lists.ServeStoredSoon();
        // Each shard's gauges would repeat the process-wide names: a meter factory nobody listens to keeps them out of /metrics.
        var monitor = new CustomerMonitor(new ShardCustomerStore(_store, _database, Shard, _settings.Shards), _loggers.CreateLogger<CustomerMonitor>(), _meters);
        await monitor.LoadAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
        _monitor = monitor;
        LogActivated(Shard, monitor.Count, _silo.SiloAddress);
        this.RegisterGrainTimer(MoveIfMisplaced, new GrainTimerCreationOptions(PlacementCheck, PlacementCheck) { Interleave = false, KeepAlive = false });
    }

    /// <summary>How often a shard checks that it is on its preferred silo.</summary>
    internal static readonly TimeSpan PlacementCheck = TimeSpan.FromSeconds(5);

    Task MoveIfMisplaced()
    {
        // The silos placement would choose from now: moving toward one it cannot choose yet would only come back here.
        var silos = _placeable.For(this.GetGrainId().Type);
        if (silos.Contains(_silo.SiloAddress) && ShardPlacement.PreferredSilo(Shard, silos) != _silo.SiloAddress)
        {
            LogMoving(Shard, _silo.SiloAddress);
            this.MigrateOnIdle();
        }
        return Task.CompletedTask;
    }

    public Task ChangedAsync(string customerId) => ChangedCoreAsync(customerId);

    async Task ChangedCoreAsync(string customerId)
    {
        if (await _store.FindAsync(customerId, CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext) is { } customer) Monitor.Changed(customer);
    }

    public Task RefreshAsync() => Monitor.LoadAsync(CancellationToken.None);

    public async Task<ShardDone> RescreenAsync(ShardRescreen request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = CancellationToken.None;
        if (await _database.FindRunAsync(request.JobId, Shard, token).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext) is { } recorded) return recorded;
        var held = await _database.LockShardAsync(Shard, token).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
        await using (held.ConfigureAwait(true))
        {
            // Another activation of this shard may have finished it while this one waited for the lock.
            if (await _database.FindRunAsync(request.JobId, Shard, token).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext) is { } finished) return finished;
            var lists = await _lists.ForAsync(request, token).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
            // Customers stored a moment ago by means other than this shard are re-screened too.
            await Monitor.CatchUpAsync(token).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
            var options = new ScreeningOptions();
            var found = lists.Entries is null ? Monitor.RescreenAll(lists.Screener, options) : Monitor.Rescreen(lists.Entries, lists.Screener, options);
            // The ownership rule reads the job's lists, links included (a list update's new version before it is served).
            var served = lists.State ?? _ownership.Served;
            var owned = lists.Entries is null ? Monitor.OwnedThroughLinks(served.Links) : Monitor.OwnedThroughLinks(lists.Entries);
            var matches = await Monitor.WithCustomersAsync(found.Hits, c => _ownership.Screen(c, served), owned, token)
                .ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
            var actor = Actor.System with { Name = request.ActorName };
            var raised = await _alerts.RaiseAsync(matches, Enum.Parse<AlertOrigin>(request.Origin), actor, token).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
            Interdict.Hosting.CrashPoints.Reach(ClusterCrashPoints.ShardRaised);
            var done = new ShardDone(found.Candidates, found.Hits.Count, matches.Count, [.. raised.Select(a => a.Id)]);
            await _database.RecordRunAsync(request.JobId, Shard, done, _silo.SiloAddress.ToString(), token).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
            return done;
        }
    }

    public Task<ShardState> StateAsync() => Task.FromResult(new ShardState(Shard, Monitor.Count, _silo.SiloAddress.ToString()));

    public void Dispose()
    {
        _monitor?.Dispose();
        _meters.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Customer shard {Shard} leaves silo {Silo}: the silos changed and it belongs on another")]
    partial void LogMoving(int shard, SiloAddress silo);

    [LoggerMessage(Level = LogLevel.Information, Message = "Customer shard {Shard} activated with {Customers} customers on silo {Silo}")]
    partial void LogActivated(int shard, int customers, SiloAddress silo);

    /// <summary>Meters for one shard's index, published nowhere.</summary>
    sealed class UnpublishedMeters : IMeterFactory
    {
        readonly List<Meter> _created = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter($"Interdict.Cluster.Shard.{Guid.NewGuid():N}");
            _created.Add(meter);
            return meter;
        }

        public void Dispose()
        {
            foreach (var meter in _created) meter.Dispose();
        }
    }
}
