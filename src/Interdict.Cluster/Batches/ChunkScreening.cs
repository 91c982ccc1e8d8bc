using System.Text;
using Interdict.Hosting.Csv;
using Interdict.Hosting.Screening;
using Interdict.Matching.Screening;

namespace Interdict.Cluster.Batches;

/// <summary>Screens one chunk of a batch on all cores, with the single process's <see cref="BatchRows"/>: the rows'
/// output in input order, their reports, their counts.</summary>
public static class ChunkScreening
{
    /// <summary>Ends each report in a chunk's reports (a report may span lines: a row's several warnings).</summary>
    public const char ReportSeparator = '\u001e';

    /// <summary>Screens <paramref name="records"/>.</summary>
    /// <param name="records">The chunk's rows.</param>
    /// <param name="rows">Reads them under the batch's header.</param>
    /// <param name="screener">The lists.</param>
    /// <param name="options">The batch's options.</param>
    /// <param name="format">The batch's output format (not <see cref="BatchFormat.None"/>).</param>
    public static ChunkDone Screen(IReadOnlyList<CsvRecord> records, BatchRows rows, Screener screener, ScreeningOptions options, BatchFormat format)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(rows);
        var done = new BatchRow[records.Count];
        Parallel.For(0, records.Count, i => done[i] = rows.Screen(records[i], screener, options, format));
        var output = new StringBuilder();
        var reports = new StringBuilder();
        int screened = 0, withHits = 0, bad = 0, warnings = 0;
        foreach (var row in done)
        {
            if (row.Skipped)
            {
                bad++;
            }
            else
            {
                screened++;
                if (row.Hits!.Count > 0) withHits++;
                warnings += row.Warnings;
                // The first row of the whole file has no comma before it: the assembler drops this one's.
                if (format == BatchFormat.Json) output.Append(BatchRows.JsonSeparator(first: false));
                output.Append(row.Output);
            }
            if (row.Report is { } report) reports.Append(report).Append(ReportSeparator);
        }
        return new ChunkDone(Encoding.UTF8.GetBytes(output.ToString()), Encoding.UTF8.GetBytes(reports.ToString()), screened, withHits, bad, warnings);
    }
}
