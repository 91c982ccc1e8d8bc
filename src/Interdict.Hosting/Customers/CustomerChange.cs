using Interdict.Core.Alerts;
using Interdict.Core.Customers;
using Interdict.Matching.Screening;

namespace Interdict.Hosting.Customers;

/// <summary>What storing one customer did.</summary>
/// <param name="Upsert">Created, updated or unchanged, and the customer as stored.</param>
/// <param name="Hits">The hits of its screening (empty when unchanged: it was not screened again).</param>
/// <param name="Raised">The alerts raised for them.</param>
public sealed record CustomerChange(CustomerUpsert Upsert, IReadOnlyList<ScreeningHit> Hits, IReadOnlyList<Alert> Raised);
