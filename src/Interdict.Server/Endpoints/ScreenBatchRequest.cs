namespace Interdict.Server.Endpoints;

/// <summary>Several parties to screen (<c>POST /v1/screen/batch</c>), at most <c>Interdict:Limits:MaxBatchSize</c>.</summary>
/// <param name="Queries">The queries; each needs an <c>id</c> and a <c>name</c>.</param>
sealed record ScreenBatchRequest(ScreenRequest[]? Queries);
