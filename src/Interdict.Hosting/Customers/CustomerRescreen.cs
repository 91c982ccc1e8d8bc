using Interdict.Core.Alerts;
using Interdict.Core.Lists;

namespace Interdict.Hosting.Customers;

/// <summary>What a full re-screen of the stored customers did.</summary>
/// <param name="Screened">Customers screened.</param>
/// <param name="Matches">Hits found (each customer against each entry it matches).</param>
/// <param name="Raised">Alerts raised: hits neither under review already nor confirmed false positives.</param>
/// <param name="Versions">The list versions screened against.</param>
/// <param name="Elapsed">How long it took.</param>
public sealed record CustomerRescreen(int Screened, int Matches, IReadOnlyList<Alert> Raised, IReadOnlyList<ListVersion> Versions, TimeSpan Elapsed);
