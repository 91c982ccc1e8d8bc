namespace Interdict.Hosting.Jobs;

/// <summary>The kinds of recorded jobs (<see cref="Storage.Job.Kind"/>).</summary>
public static class JobKinds
{
    /// <summary>A new list version's follow-up: re-screen the customers its added and changed entries can match, raise
    /// alerts, delist the undecided alerts of its removed entries.</summary>
    public const string ListUpdate = "list.update";
    /// <summary>A bulk customer import's follow-up: screen the customers it created or changed, raise alerts.</summary>
    public const string CustomerImport = "customer.import";
    /// <summary>Screen every customer again against the lists in force.</summary>
    public const string CustomerRescreen = "customer.rescreen";
}
