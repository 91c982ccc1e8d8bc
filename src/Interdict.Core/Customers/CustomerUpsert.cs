namespace Interdict.Core.Customers;

/// <summary>The result of storing one customer.</summary>
/// <param name="Outcome">Created, updated or unchanged.</param>
/// <param name="Customer">The customer as stored now, with its revision and timestamps.</param>
public sealed record CustomerUpsert(UpsertOutcome Outcome, Customer Customer)
{
    /// <summary>True when screening should run again (the customer is new or changed).</summary>
    public bool NeedsScreening => Outcome != UpsertOutcome.Unchanged;
}
