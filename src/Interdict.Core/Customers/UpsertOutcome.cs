namespace Interdict.Core.Customers;

/// <summary>What an upsert of a customer did.</summary>
public enum UpsertOutcome
{
    /// <summary>The customer was new and is now stored with revision 1.</summary>
    Created = 0,
    /// <summary>A screening-relevant field changed; the revision was incremented.</summary>
    Updated,
    /// <summary>Nothing screening reads changed; the stored customer was left as it was.</summary>
    Unchanged,
}
