namespace Interdict.Server.Endpoints;

/// <summary>A text to search for listed names (<c>POST /v1/screen/text</c>).</summary>
/// <param name="Text">The text: a remittance line, an invoice, a news paragraph. Required.</param>
/// <param name="Lists">List ids to screen against (<c>un</c>, <c>ofac</c>); omitted: every loaded list.</param>
/// <param name="MinScore">Report names scored at or above this, 0..1; omitted: 0.80.</param>
/// <param name="AsOf">Screen against the list versions in force on this date (YYYY-MM-DD); omitted: the newest.</param>
sealed record ScreenTextRequest(string? Text, string[]? Lists, double? MinScore, string? AsOf);
