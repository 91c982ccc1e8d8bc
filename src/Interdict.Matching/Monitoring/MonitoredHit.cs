using Interdict.Matching.Screening;

namespace Interdict.Matching.Monitoring;

/// <summary>A monitored party that matches a list entry.</summary>
/// <param name="PartyId">The party's id.</param>
/// <param name="Hit">The hit exactly as <see cref="Screener.Screen"/> reports it for the party's query.</param>
public sealed record MonitoredHit(string PartyId, ScreeningHit Hit);
