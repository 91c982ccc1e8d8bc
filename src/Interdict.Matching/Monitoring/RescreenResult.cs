namespace Interdict.Matching.Monitoring;

/// <summary>What a re-screening produced, and how much work it took.</summary>
/// <param name="Hits">The hits on the entries re-screened, at or above the threshold, by party id then score.</param>
/// <param name="Parties">Monitored parties in the index.</param>
/// <param name="Candidates">Parties actually screened (reverse candidates, identifier matches and the overlay).</param>
public sealed record RescreenResult(IReadOnlyList<MonitoredHit> Hits, int Parties, int Candidates);
