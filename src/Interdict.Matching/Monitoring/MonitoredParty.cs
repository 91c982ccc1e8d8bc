using Interdict.Core.Screening;

namespace Interdict.Matching.Monitoring;

/// <summary>A party that is screened again whenever a list changes: a stored customer, supplier or vessel.</summary>
/// <param name="Id">The caller's stable id of the party (unique within a <see cref="PartyIndex"/>).</param>
/// <param name="Query">What is known of the party, screened exactly as a one-off query would be.</param>
public sealed record MonitoredParty(string Id, PartyQuery Query);
