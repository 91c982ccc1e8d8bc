namespace Interdict.Storage;

/// <summary>One page of a query's results.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of this page, in the query's order.</param>
/// <param name="Total">How many items match the query in all.</param>
/// <param name="Offset">How many matching items come before this page.</param>
/// <param name="Limit">The page size asked for.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, long Total, int Offset, int Limit)
{
    /// <summary>True when more items follow this page.</summary>
    public bool HasMore => Offset + Items.Count < Total;
}
