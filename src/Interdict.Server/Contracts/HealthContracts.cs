// The answer of the liveness endpoint.
namespace Interdict.Server.Contracts;

/// <summary>The service is up and screens against its lists (<c>GET /health</c>, anonymous).</summary>
/// <param name="Status">ok.</param>
/// <param name="CustomerIndex">ready, or building: the customers' reverse-screening index is still being read from the
/// database after a start (screening works meanwhile; list imports and full re-screens wait for it).</param>
sealed record HealthResult(string Status, string CustomerIndex);
