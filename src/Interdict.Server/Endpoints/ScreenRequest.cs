namespace Interdict.Server.Endpoints;

/// <summary>One party to screen (<c>POST /v1/screen</c>, and each query of a batch).</summary>
/// <param name="Id">The caller's id for the query (batch only; echoed in the result).</param>
/// <param name="Name">The name, in any script. Required.</param>
/// <param name="Type">person, organization, vessel or aircraft; omitted: any.</param>
/// <param name="Dob">Date of birth: YYYY, YYYY-MM or YYYY-MM-DD.</param>
/// <param name="Nationality">Nationality or country: a name or an ISO code.</param>
/// <param name="Lists">List ids to screen against (<c>un</c>, <c>ofac</c>); omitted: every loaded list.</param>
/// <param name="Threshold">Report matches scored at or above this, 0..1; omitted: 0.80.</param>
/// <param name="AsOf">Screen against the list versions in force on this date (YYYY-MM-DD); omitted: the newest.</param>
sealed record ScreenRequest(string? Id, string? Name, string? Type, string? Dob, string? Nationality, string[]? Lists, double? Threshold, string? AsOf);
