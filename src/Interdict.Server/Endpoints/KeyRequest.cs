namespace Interdict.Server.Endpoints;

/// <summary>A new API key.</summary>
/// <param name="Name">Who holds it; recorded as the actor of everything done with it. Required.</param>
/// <param name="Role">screener, analyst, supervisor or admin. Required.</param>
sealed record KeyRequest(string? Name, string? Role);
