using System.Diagnostics.Metrics;

namespace Interdict.Hosting.Screening;

/// <summary>The service's screening instruments (meter <c>Interdict</c>): a counter of screened names and a histogram of
/// the time spent matching one name, exposed on <c>/metrics</c> as <c>interdict_screenings_total</c> and
/// <c>interdict_screening_duration_seconds</c>.</summary>
public sealed class ScreeningMetrics
{
    /// <summary>The meter's name, to register with the metrics exporter.</summary>
    public const string MeterName = "Interdict";

    readonly Counter<long> _screenings;
    readonly Histogram<double> _duration;

    /// <summary>Creates the instruments on a meter from <paramref name="meters"/>.</summary>
    /// <param name="meters">The host's meter factory.</param>
    public ScreeningMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _screenings = meter.CreateCounter<long>("interdict.screenings", unit: "{name}", description: "Names screened, by outcome (hit or clear)");
        _duration = meter.CreateHistogram<double>("interdict.screening.duration", unit: "s", description: "Time to match one name against the lists in force",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.00001, 0.00002, 0.00005, 0.0001, 0.0002, 0.0005, 0.001, 0.005, 0.01] });
    }

    /// <summary>Records one screened name.</summary>
    /// <param name="seconds">Matching time.</param>
    /// <param name="hit">True when at least one match was reported.</param>
    public void Screened(double seconds, bool hit)
    {
        var outcome = new KeyValuePair<string, object?>("outcome", hit ? "hit" : "clear");
        _screenings.Add(1, outcome);
        _duration.Record(seconds, outcome);
    }
}
