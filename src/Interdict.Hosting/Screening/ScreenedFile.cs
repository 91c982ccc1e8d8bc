namespace Interdict.Hosting.Screening;

/// <summary>A file screened in bulk, as the audit trail records it.</summary>
/// <param name="InputName">The input file's name.</param>
/// <param name="InputSha256">The input's SHA-256, hex.</param>
/// <param name="OutputName">The output file's name.</param>
/// <param name="OutputSha256">The output's SHA-256, hex.</param>
/// <param name="Screened">Rows screened.</param>
/// <param name="WithMatches">Rows with a match at the threshold.</param>
/// <param name="BadRows">Rows reported and skipped.</param>
public sealed record ScreenedFile(string InputName, string InputSha256, string OutputName, string OutputSha256, long Screened, long WithMatches, long BadRows);
