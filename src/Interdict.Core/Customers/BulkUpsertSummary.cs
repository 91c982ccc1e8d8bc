namespace Interdict.Core.Customers;

/// <summary>Counts of what a bulk customer upsert did.</summary>
/// <param name="Created">Customers that were new.</param>
/// <param name="Updated">Customers whose screening-relevant fields changed.</param>
/// <param name="Unchanged">Customers already stored exactly so.</param>
public sealed record BulkUpsertSummary(long Created, long Updated, long Unchanged)
{
    /// <summary>All rows read.</summary>
    public long Total => Created + Updated + Unchanged;
}
