using Interdict.Hosting.Access;
using Interdict.Hosting.Customers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Interdict.Hosting.Lists;

/// <summary>On each version's date, re-screens the customers against a list version imported before that date
/// (<see cref="ListImporter.BringIntoForceAsync"/>): at start, to catch up on days the service was down, and then
/// just after every midnight UTC, when versions come into force.</summary>
/// <remarks>Several processes may find the same version due at once: the first records it as in force with its job,
/// the others find it recorded; two that run it at the same moment raise no alert twice (alerts under review are not
/// raised again).</remarks>
public sealed partial class ListsComingIntoForce : BackgroundService
{
    /// <summary>How long after midnight the check runs: clocks of several processes differ by a little.</summary>
    static readonly TimeSpan AfterMidnight = TimeSpan.FromSeconds(5);

    /// <summary>How long after a failure the check runs again.</summary>
    static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);

    readonly ListImporter _importer;
    readonly CustomerMonitor _monitor;
    readonly TimeProvider _time;
    readonly ILogger<ListsComingIntoForce> _logger;

    /// <summary>Creates the schedule.</summary>
    /// <param name="importer">Brings the versions into force.</param>
    /// <param name="monitor">The customers' index, which must be built first.</param>
    /// <param name="time">The clock that says when a day begins.</param>
    /// <param name="logger">Reports failures.</param>
    public ListsComingIntoForce(ListImporter importer, CustomerMonitor monitor, TimeProvider time, ILogger<ListsComingIntoForce> logger)
    {
        _importer = importer;
        _monitor = monitor;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await _monitor.WhenReadyAsync(stoppingToken).ConfigureAwait(false);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _importer.BringIntoForceAsync(Actor.System, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be away for a moment: a day is too long to wait for customers left unscreened.
                LogFailed(e);
                await Task.Delay(RetryAfter, _time, stoppingToken).ConfigureAwait(false);
                continue;
            }
            var now = _time.GetUtcNow();
            var midnight = new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
            await Task.Delay(midnight - now + AfterMidnight, _time, stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Bringing list versions into force failed; trying again in a minute")]
    partial void LogFailed(Exception exception);
}
