using Interdict.Core.Alerts;
using Interdict.Core.Customers;

namespace Interdict.Hosting.Customers;

/// <summary>What a bulk customer import did, or why the file was refused.</summary>
/// <param name="Summary">Created, updated, unchanged counts.</param>
/// <param name="Screened">Rows screened.</param>
/// <param name="Matches">Hits found.</param>
/// <param name="Raised">Alerts raised.</param>
/// <param name="BadRows">Rows skipped.</param>
/// <param name="BadRowMessages">The first <see cref="CustomerService.MaxReportedBadRows"/> bad rows, by line.</param>
/// <param name="Failure">Why the whole file was refused; null when imported.</param>
public sealed record CustomerImport(BulkUpsertSummary Summary, long Screened, int Matches, IReadOnlyList<Alert> Raised, int BadRows,
    IReadOnlyList<string> BadRowMessages, string? Failure)
{
    /// <summary>Fields left out of rows that were kept (a bad date of birth, type, country…): those customers were stored and screened by name.</summary>
    public int Warnings { get; init; }

    /// <summary>The first <see cref="CustomerService.MaxReportedBadRows"/> warnings, by line and field.</summary>
    public IReadOnlyList<string> WarningMessages { get; init; } = [];

    internal static CustomerImport Refused(string failure) => new(new BulkUpsertSummary(0, 0, 0), 0, 0, [], 0, [], failure);
}
