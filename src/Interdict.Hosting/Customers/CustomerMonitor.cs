using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Interdict.Core.Customers;
using Interdict.Core.Lists;
using Interdict.Core.Screening;
using Interdict.Matching.Monitoring;
using Interdict.Matching.Ownership;
using Interdict.Matching.Screening;
using Interdict.Storage;
using Microsoft.Extensions.Logging;

namespace Interdict.Hosting.Customers;

/// <summary>Keeps the stored customers in a reverse-screening index in memory, so that a list update re-screens only
/// the customers its changed entries can match (Matching's <see cref="DeltaRescreening"/>).</summary>
/// <remarks>
/// <para>Per-process state: built from the store at start — in the background, since screening does not need it, so a
/// server with millions of customers answers at once; what does need it (a list import's delta re-screen, a full
/// re-screen, catching up with other processes) waits for <see cref="WhenReadyAsync"/> — then kept current as
/// customers change through this process (created and changed customers go to the index's overlay; a bulk import
/// rebuilds it). With several processes on one PostgreSQL database, <see cref="CatchUpAsync"/> reads the customers
/// other processes changed since, at every refresh interval and always before a list import re-screens
/// (docs/architecture.md).</para>
/// <para>Thread-safe: the index is immutable and swapped under a small lock.</para>
/// </remarks>
public sealed partial class CustomerMonitor : IDisposable
{
    readonly ICustomerStore _customers;
    readonly ILogger<CustomerMonitor> _logger;
    readonly Lock _gate = new();
    PartyIndex _index = PartyIndex.Empty;
    /// <summary>Customers by the <see cref="ListLinks.Key"/> of their owners' names: those a list's ownership links
    /// can reach without naming a listed party they match (a listed company owning the customer's owner).</summary>
    ImmutableDictionary<string, ImmutableHashSet<string>> _ownerKeys = ImmutableDictionary.Create<string, ImmutableHashSet<string>>(StringComparer.Ordinal);
    /// <summary>How many of the index's live parties are owners.</summary>
    int _ownerParties;
    List<Customer>? _changedDuringRebuild;
    DateTimeOffset _caughtUpTo = DateTimeOffset.MinValue;
    readonly SemaphoreSlim _catchingUp = new(1, 1);
    readonly SemaphoreSlim _building = new(1, 1);
    long _lastBuildStarted;
    readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How long the first build waits before trying again after a failure (the database unreachable).</summary>
    static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>How far back <see cref="CatchUpAsync"/> reads before the last change it saw: a change stamped by a
    /// process whose transaction commits a little later, or whose clock is a little behind, is still seen.</summary>
    public static readonly TimeSpan CatchUpMargin = TimeSpan.FromMinutes(2);

    /// <summary>Customers changed since the index was built, above which a catch-up rebuilds it (or above 5 % of it).</summary>
    const int RebuildAbove = 10_000;

    /// <summary>Creates the monitor with an empty index; call <see cref="LoadAsync"/> at start.</summary>
    /// <param name="customers">The customer store.</param>
    /// <param name="logger">Reports build times.</param>
    /// <param name="meters">Where the index's gauges are published (<c>/metrics</c>: <c>interdict_customer_index_customers</c>,
    /// <c>interdict_customer_index_pending_changes</c>, <c>interdict_customer_index_ready</c>).</param>
    public CustomerMonitor(ICustomerStore customers, ILogger<CustomerMonitor> logger, IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _customers = customers;
        _logger = logger;
        var meter = meters.Create(Screening.ScreeningMetrics.MeterName);
        meter.CreateObservableGauge("interdict.customer_index.customers", () => Count, unit: "{customer}", description: "Customers in the reverse-screening index");
        meter.CreateObservableGauge("interdict.customer_index.pending_changes", () => PendingChanges, unit: "{customer}",
            description: "Customers changed since the index's base was built (screened directly at a list update)");
        meter.CreateObservableGauge("interdict.customer_index.ready", () => IsReady ? 1 : 0, description: "1 once the index is built from the database after a start");
    }

    /// <summary>How many customers the index holds (their owners, indexed as parties of their own, not counted).</summary>
    public int Count => Volatile.Read(ref _index).Count - Volatile.Read(ref _ownerParties);

    /// <summary>How many parties the index holds: the customers and their owners.</summary>
    public int Parties => Volatile.Read(ref _index).Count;

    /// <summary>Customers changed since the index's base was built (its overlay and tombstones).</summary>
    public int PendingChanges => Volatile.Read(ref _index).PendingChanges;

    /// <summary>Whether the first build from the store has finished.</summary>
    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    /// <summary>Completes when the first build from the store has finished.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    public Task WhenReadyAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);

    /// <summary>Builds the index from the store, trying again while the store fails, until it is built or
    /// <paramref name="cancellationToken"/> stops it; the service runs this in the background at start.</summary>
    /// <param name="cancellationToken">Stops the attempts (the service is stopping).</param>
    public async Task BuildUntilReadyAsync(CancellationToken cancellationToken)
    {
        while (!IsReady)
        {
            try
            {
                await LoadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogBuildFailed(e, RetryAfter.TotalSeconds);
                await Task.Delay(RetryAfter, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Builds the index from every stored customer. Changes made meanwhile are applied on top. One build runs
    /// at a time, and never during a catch-up; a build asked for while another was running is skipped when one that
    /// started after the request has finished meanwhile (it read everything the request could want).</summary>
    /// <param name="cancellationToken">Cancels the build.</param>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var requested = Stopwatch.GetTimestamp();
        await _building.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Volatile.Read(ref _lastBuildStarted) > requested) return;
            await BuildAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>The build itself; the caller holds <see cref="_building"/>.</summary>
    async Task BuildAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        Volatile.Write(ref _lastBuildStarted, started);
        lock (_gate) _changedDuringRebuild = [];
        try
        {
            var parties = new List<MonitoredParty>();
            var owners = 0;
            var ownerKeys = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            var latest = DateTimeOffset.MinValue;
            await foreach (var customer in _customers.StreamAllAsync(cancellationToken).ConfigureAwait(false))
            {
                parties.AddRange(PartiesOf(customer));
                owners += customer.Owners.IsDefault ? 0 : customer.Owners.Length;
                foreach (var key in OwnerKeys(customer.Owners.IsDefault ? [] : customer.Owners.Select(o => o.Name)))
                {
                    if (!ownerKeys.TryGetValue(key, out var ids)) ownerKeys[key] = ids = new HashSet<string>(StringComparer.Ordinal);
                    ids.Add(customer.Id);
                }
                if (customer.UpdatedAt > latest) latest = customer.UpdatedAt;
            }
            var built = PartyIndex.Build(parties);
            var builtKeys = ownerKeys.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
            lock (_gate)
            {
                _index = built;
                _ownerKeys = builtKeys;
                _ownerParties = owners;
                foreach (var customer in _changedDuringRebuild) Apply(customer);
                if (latest > _caughtUpTo) _caughtUpTo = latest;
            }
            var elapsed = Stopwatch.GetElapsedTime(started);
            LogBuilt(built.Count, elapsed.TotalMilliseconds);
            _ready.TrySetResult();
        }
        finally
        {
            lock (_gate) _changedDuringRebuild = null;
        }
    }

    /// <summary>Leaves this index empty for good and counts it as ready: the customers are indexed elsewhere (a cluster's
    /// customer shards, Interdict.Cluster), and this process must not hold every customer. Call before the start.</summary>
    public void MarkIndexedElsewhere() => _ready.TrySetResult();

    /// <summary>Reflects a created or changed customer.</summary>
    /// <param name="customer">The customer as stored.</param>
    public void Changed(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        lock (_gate)
        {
            Apply(customer);
            _changedDuringRebuild?.Add(customer);
        }
    }

    /// <summary>Puts the customer and its owners in the index, in place of what it held before; the caller holds
    /// <see cref="_gate"/>.</summary>
    void Apply(Customer customer)
    {
        var index = _index;
        var before = new List<string>();
        for (var i = 0; index.Find(OwnerPartyId(customer.Id, i)) is { } owner; i++)
        {
            before.Add(owner.Query.Name);
            index = index.Remove(owner.Id);
        }
        foreach (var party in PartiesOf(customer)) index = index.Upsert(party);
        _index = index;
        _ownerParties += (customer.Owners.IsDefault ? 0 : customer.Owners.Length) - before.Count;
        var keys = _ownerKeys;
        foreach (var key in OwnerKeys(before)) keys = keys.TryGetValue(key, out var ids) && ids.Remove(customer.Id) is { Count: > 0 } rest ? keys.SetItem(key, rest) : keys.Remove(key);
        foreach (var key in OwnerKeys(customer.Owners.IsDefault ? [] : customer.Owners.Select(o => o.Name)))
            keys = keys.SetItem(key, (keys.TryGetValue(key, out var ids) ? ids : ImmutableHashSet.Create<string>(StringComparer.Ordinal)).Add(customer.Id));
        _ownerKeys = keys;
    }

    /// <summary>Reflects the customers created or changed in the store since the last change this index saw (less
    /// <see cref="CatchUpMargin"/>), whichever process made them; returns how many were read.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        // Before the first build there is nothing to catch up with: the build reads every customer.
        await WhenReadyAsync(cancellationToken).ConfigureAwait(false);
        // The refresher's timer and a list import may both catch up: one at a time, the second reads what is left.
        await _catchingUp.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Never during a build: customers a bulk import just stored and its rebuild is reading would all look new.
            await _building.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await CatchUpOnceAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _building.Release();
            }
        }
        finally
        {
            _catchingUp.Release();
        }
    }

    async Task<int> CatchUpOnceAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset since;
        lock (_gate) since = _caughtUpTo == DateTimeOffset.MinValue ? DateTimeOffset.UnixEpoch : _caughtUpTo - CatchUpMargin;
        var read = 0;
        var latest = since;
        var limit = Math.Max(RebuildAbove, Volatile.Read(ref _index).Count / 20);
        await foreach (var customer in _customers.StreamChangedSinceAsync(since, cancellationToken).ConfigureAwait(false))
        {
            read++;
            if (customer.UpdatedAt > latest) latest = customer.UpdatedAt;
            // The margin reads back changes already held (this process's own among them): only a difference is news.
            if (Volatile.Read(ref _index).Find(customer.Id) is { } known && SameQuery(known.Query, customer.ToQuery()) && SameOwners(customer)) continue;
            // Every changed customer is screened directly at a list update, so a large overlay is folded into a new
            // base; past that size (a bulk import through another process) a rebuild reads the rest anyway.
            if (Volatile.Read(ref _index).PendingChanges >= limit)
            {
                await BuildAsync(cancellationToken).ConfigureAwait(false);
                return read;
            }
            Changed(customer);
        }
        lock (_gate)
        {
            if (latest > _caughtUpTo) _caughtUpTo = latest;
        }
        return read;
    }

    /// <summary>After a bulk import: rebuilds the index from the store when anything changed.</summary>
    /// <param name="changed">How many customers the import created or changed.</param>
    /// <param name="cancellationToken">Cancels the rebuild.</param>
    public Task RefreshAsync(long changed, CancellationToken cancellationToken) =>
        changed == 0 ? Task.CompletedTask : LoadAsync(cancellationToken);

    /// <summary>The (customer id, hit) pairs that screening every customer would find on <paramref name="entries"/>,
    /// found through the reverse index.</summary>
    /// <param name="entries">Added and changed entries of the new version.</param>
    /// <param name="screener">A screener holding the new version.</param>
    /// <param name="options">The options customers are screened with.</param>
    /// <returns>The hits, and how many customers were scored.</returns>
    /// <exception cref="InvalidOperationException">The first build has not finished (await <see cref="WhenReadyAsync"/>).</exception>
    public RescreenResult Rescreen(IReadOnlyList<ListEntry> entries, Screener screener, ScreeningOptions options) =>
        DeltaRescreening.Rescreen(Built(), entries, screener, options);

    /// <summary>The (customer id, hit) pairs of screening every customer against <paramref name="screener"/>: the full
    /// re-screen a list update avoids, for reconciliation (docs/matching.md §10).</summary>
    /// <param name="screener">The screener of the lists in force.</param>
    /// <param name="options">The options customers are screened with.</param>
    /// <returns>The hits, and how many customers were scored.</returns>
    /// <exception cref="InvalidOperationException">The first build has not finished (await <see cref="WhenReadyAsync"/>).</exception>
    public RescreenResult RescreenAll(Screener screener, ScreeningOptions options) =>
        DeltaRescreening.ScreenAll(Built(), screener, options);

    /// <summary>The index, once built: re-screening a half-read customer base would miss customers silently.</summary>
    PartyIndex Built() => IsReady
        ? Volatile.Read(ref _index)
        : throw new InvalidOperationException("The customers' index is still being built from the store; await WhenReadyAsync first.");

    /// <summary>Each hit with its customer as stored now, for raising alerts; a customer deleted meanwhile is left out.
    /// The customers are read in a few queries, however many hits there are.</summary>
    /// <param name="hits">Hits of a re-screen.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <remarks>A hit on a customer's owner is not the customer's: each customer with such hits, and each of
    /// <paramref name="ownedThroughLinks"/>, is screened by <paramref name="ownership"/> (all its owners, against the
    /// lists in force), and that rule's hits are the customer's.</remarks>
    /// <param name="ownership">The ownership screening of a customer (<see cref="CustomerOwnership.Screen"/>).</param>
    /// <param name="ownedThroughLinks">Customers whose owners the lists' links name (<see cref="OwnedThroughLinks(IEnumerable{ListEntry})"/>).</param>
    public async Task<IReadOnlyList<(Customer Customer, ScreeningHit Hit)>> WithCustomersAsync(IReadOnlyList<MonitoredHit> hits,
        Func<Customer, IReadOnlyList<ScreeningHit>> ownership, IReadOnlyCollection<string> ownedThroughLinks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(ownership);
        ArgumentNullException.ThrowIfNull(ownedThroughLinks);
        var owned = new SortedSet<string>(ownedThroughLinks, StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            if (OwnedPartyOf(hit.PartyId) is { } customerId) owned.Add(customerId);
        }
        var customers = await _customers.FindManyAsync([.. hits.Select(h => OwnedPartyOf(h.PartyId) ?? h.PartyId), .. owned], cancellationToken).ConfigureAwait(false);
        var matches = new List<(Customer, ScreeningHit)>(hits.Count);
        foreach (var hit in hits)
        {
            if (OwnedPartyOf(hit.PartyId) is null && customers.TryGetValue(hit.PartyId, out var customer)) matches.Add((customer, hit.Hit));
        }
        foreach (var id in owned)
        {
            if (!customers.TryGetValue(id, out var customer)) continue;
            foreach (var hit in ownership(customer)) matches.Add((customer, hit));
        }
        return matches;
    }

    /// <summary>The customers whose owners <paramref name="entries"/> name as companies they own or direct (by
    /// <see cref="ListLinks.Key"/>): a list update that adds a parent company reaches the customers its subsidiary
    /// owns, whose names it does not match.</summary>
    /// <param name="entries">Added and changed entries.</param>
    public IReadOnlyCollection<string> OwnedThroughLinks(IEnumerable<ListEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var keys = Volatile.Read(ref _ownerKeys);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        if (keys.IsEmpty) return found;
        foreach (var entry in entries)
        {
            foreach (var link in entry.Links.IsDefault ? [] : entry.Links)
            {
                if (link.Kind is (LinkKind.Owns or LinkKind.Directs) && keys.TryGetValue(ListLinks.Key(link.Name), out var ids)) found.UnionWith(ids);
            }
        }
        return found;
    }

    /// <summary>The customers whose owners <paramref name="links"/> name (a full re-screen).</summary>
    /// <param name="links">The links of the lists in force.</param>
    public IReadOnlyCollection<string> OwnedThroughLinks(ListLinks links)
    {
        ArgumentNullException.ThrowIfNull(links);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (key, ids) in Volatile.Read(ref _ownerKeys))
        {
            if (links.NamesKey(key)) found.UnionWith(ids);
        }
        return found;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _catchingUp.Dispose();
        _building.Dispose();
    }

    /// <summary>The parties a customer puts in the index: itself, and each of its owners under
    /// <see cref="OwnerPartyId"/>, screened like parties so that a list update finds the customers its new entries own.</summary>
    static IEnumerable<MonitoredParty> PartiesOf(Customer customer)
    {
        yield return new MonitoredParty(customer.Id, customer.ToQuery());
        var owners = customer.Owners.IsDefault ? [] : customer.Owners;
        for (var i = 0; i < owners.Length; i++) yield return new MonitoredParty(OwnerPartyId(customer.Id, i), owners[i].ToQuery());
    }

    /// <summary>The separator of an owner's party id: a control character, which no customer id holds (ids are checked
    /// for a safe alphabet on the way in).</summary>
    const char OwnerSeparator = '\u001f';

    /// <summary>The party id of a customer's <paramref name="index"/>th owner.</summary>
    static string OwnerPartyId(string customerId, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{customerId}{OwnerSeparator}owner{OwnerSeparator}{index}");

    /// <summary>The customer an owner's party id belongs to; null for a customer's own party id.</summary>
    static string? OwnedPartyOf(string partyId) => partyId.IndexOf(OwnerSeparator, StringComparison.Ordinal) is var at and >= 0 ? partyId[..at] : null;

    static IEnumerable<string> OwnerKeys(IEnumerable<string> names) => names.Select(ListLinks.Key).Distinct(StringComparer.Ordinal);

    /// <summary>Whether the index holds the customer's owners as they are now.</summary>
    bool SameOwners(Customer customer)
    {
        var index = Volatile.Read(ref _index);
        var owners = customer.Owners.IsDefault ? [] : customer.Owners;
        for (var i = 0; i < owners.Length; i++)
        {
            if (index.Find(OwnerPartyId(customer.Id, i)) is not { } party || !SameQuery(party.Query, owners[i].ToQuery())) return false;
        }
        return index.Find(OwnerPartyId(customer.Id, owners.Length)) is null;
    }

    /// <summary>Whether two queries screen the same (a record's equality compares the identifier arrays by reference).</summary>
    static bool SameQuery(PartyQuery a, PartyQuery b) =>
        a with { Identifiers = [] } == b with { Identifiers = [] } && a.Identifiers.SequenceEqual(b.Identifiers);

    [LoggerMessage(Level = LogLevel.Information, Message = "Customers' reverse-screening index: {Count} customers in {Milliseconds:0} ms")]
    partial void LogBuilt(int count, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Customers' reverse-screening index could not be built; trying again in {Seconds:0} s")]
    partial void LogBuildFailed(Exception exception, double seconds);
}
