using Interdict.Core.Audit;
using Interdict.Hosting.Access;
using Interdict.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Interdict.Hosting.Customers;

/// <summary>Screens every customer again at a fixed interval (<see cref="InterdictOptions.FullRescreenHours"/>; off by
/// default): the periodic reconciliation that catches what a list update's delta cannot see — hits on entries the
/// update did not change whose score crossed the threshold only because word rarities moved (docs/matching.md §10) —
/// and customers written into the database by other tools.</summary>
/// <remarks>The deployment's last full re-screen is read from the audit trail (<c>customer.rescreen</c>), so a restart
/// does not re-screen early, and with several processes the first to find it due runs it; two that find it due at the
/// same moment both run it, which raises no alert twice and which a random delay of up to a minute makes unlikely.</remarks>
public sealed partial class ScheduledRescreen : BackgroundService
{
    readonly CustomerService _customers;
    readonly CustomerMonitor _monitor;
    readonly IAuditLog _audit;
    readonly TimeSpan _every;
    readonly TimeProvider _time;
    readonly ILogger<ScheduledRescreen> _logger;

    /// <summary>Creates the schedule.</summary>
    /// <param name="customers">Runs the re-screen.</param>
    /// <param name="monitor">The customers' index, which must be built first.</param>
    /// <param name="audit">Where the last run is read.</param>
    /// <param name="options">The interval.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">Reports each run.</param>
    public ScheduledRescreen(CustomerService customers, CustomerMonitor monitor, IAuditLog audit, IOptions<InterdictOptions> options, TimeProvider time,
        ILogger<ScheduledRescreen> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _customers = customers;
        _monitor = monitor;
        _audit = audit;
        _every = TimeSpan.FromHours(Math.Max(0, options.Value.FullRescreenHours));
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_every <= TimeSpan.Zero) return;
        await _monitor.WhenReadyAsync(stoppingToken).ConfigureAwait(false);
        var spread = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, _every.Ticks / 10));
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = await DueInAsync(stoppingToken).ConfigureAwait(false);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait + spread * Random.Shared.NextDouble(), _time, stoppingToken).ConfigureAwait(false);
                continue;
            }
            try
            {
                var done = await _customers.RescreenAllAsync(Actor.System, stoppingToken).ConfigureAwait(false);
                LogRan(done.Screened, done.Matches, done.Raised.Count, done.Elapsed.TotalMilliseconds);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e);
                await Task.Delay(spread + TimeSpan.FromSeconds(1), _time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>How long until the next run is due: the last run recorded in the audit trail plus the interval.</summary>
    async Task<TimeSpan> DueInAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var recent = new AuditQuery { Action = AuditActions.CustomerRescreen, From = now - _every, Limit = 1 };
        var page = await _audit.QueryAsync(recent, cancellationToken).ConfigureAwait(false);
        if (page.Total == 0) return TimeSpan.Zero;
        var last = await _audit.QueryAsync(recent with { Offset = (int)Math.Min(page.Total - 1, int.MaxValue) }, cancellationToken).ConfigureAwait(false);
        return last.Items.Count == 0 ? TimeSpan.Zero : last.Items[0].At + _every - now;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled full re-screen: {Customers} customers, {Matches} matches, {Raised} alerts raised, in {Milliseconds:0} ms")]
    partial void LogRan(int customers, int matches, int raised, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled full re-screen failed; trying again shortly")]
    partial void LogFailed(Exception exception);
}
