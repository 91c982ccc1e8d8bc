using Interdict.Core.Alerts;

namespace Interdict.Hosting.Customers;

/// <summary>What a re-screen did.</summary>
/// <param name="Candidates">Customers scored.</param>
/// <param name="Hits">Hits found.</param>
/// <param name="Matches">Hits whose customer is still stored (those alerts were raised for, or found under review).</param>
/// <param name="Raised">The alerts raised, by id.</param>
public sealed record RescreenDone(int Candidates, int Hits, int Matches, IReadOnlyList<Alert> Raised);
