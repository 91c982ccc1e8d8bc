// The answers of the batch endpoints (written by BatchEndpoints).
namespace Interdict.Server.Contracts;

/// <summary>A batch file screened across the cluster (<c>POST /v1/batches</c>, <c>GET /v1/batches/{id}</c>).</summary>
/// <param name="Id">The batch.</param>
/// <param name="State">storing (its rows are being stored), screening, done (its output can be read) or collected
/// (read and dropped by <c>screen --cluster</c>).</param>
/// <param name="File">The input file's name.</param>
/// <param name="Sha256">The input's SHA-256, hex.</param>
/// <param name="Format">The output's format: jsonl, json or csv.</param>
/// <param name="Threshold">Matches scored at or above this are reported.</param>
/// <param name="Lists">The lists asked for; empty: every loaded list.</param>
/// <param name="AsOf">The date whose list versions were used; null: the newest.</param>
/// <param name="ListVersions">The list versions the rows are screened against.</param>
/// <param name="Rows">Its rows; null while they are being stored.</param>
/// <param name="RowsDone">Rows screened (a skipped bad row counts as done).</param>
/// <param name="Chunks">Its chunks; null while they are being stored.</param>
/// <param name="ChunksDone">Chunks screened.</param>
/// <param name="Silos">Silos that screened its chunks.</param>
/// <param name="Screened">Rows screened, in the chunks done.</param>
/// <param name="WithMatches">Rows with a match, in the chunks done.</param>
/// <param name="BadRows">Rows skipped as bad, in the chunks done.</param>
/// <param name="Warnings">Fields ignored with a warning, in the chunks done.</param>
/// <param name="Reports">Once done: the bad rows' and warnings' messages by line, in input order (the first 100).</param>
/// <param name="StartedAt">When it was stored.</param>
/// <param name="FinishedAt">When its last chunk was screened.</param>
/// <param name="Output">Where its output is read, once done.</param>
sealed record BatchResult(long Id, string State, string File, string? Sha256, string Format, double Threshold, string[] Lists, string? AsOf,
    string[] ListVersions, long? Rows, long RowsDone, int? Chunks, int ChunksDone, int Silos, long Screened, long WithMatches, long BadRows,
    long Warnings, string[] Reports, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string? Output);

/// <summary>One row of a batch's output in JSON Lines (a JSON document holds them in <c>results</c>; CSV has one line
/// per match with <c>id,rank,list,ref,name,score,matched_name,explanation</c>).</summary>
/// <param name="Id">The row's id.</param>
/// <param name="Matches">Its matches, best first.</param>
sealed record BatchOutputRow(string Id, Match[] Matches);
