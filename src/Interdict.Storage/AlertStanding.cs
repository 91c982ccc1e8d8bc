namespace Interdict.Storage;

/// <summary>What stands between some customers' hits and new alerts: the (customer, entry) pairs with an alert under
/// review (open or proposed), which are not raised twice, and the confirmed false positives with the customer and
/// entry fingerprints they were decided on, which are not raised again while neither side changed.</summary>
public sealed class AlertStanding
{
    readonly HashSet<(string, string)> _underReview;
    readonly HashSet<(string, string, string, string)> _falsePositives;

    /// <summary>Creates the standing.</summary>
    /// <param name="underReview">(customer id, entry key) of the open and proposed alerts.</param>
    /// <param name="falsePositives">(customer id, entry key, customer fingerprint, entry fingerprint) of the confirmed false positives.</param>
    public AlertStanding(IEnumerable<(string CustomerId, string EntryKey)> underReview,
        IEnumerable<(string CustomerId, string EntryKey, string CustomerFingerprint, string EntryFingerprint)> falsePositives)
    {
        _underReview = [.. underReview];
        _falsePositives = [.. falsePositives];
    }

    /// <summary>An alert for this customer and entry awaits review.</summary>
    public bool IsUnderReview(string customerId, string entryKey) => _underReview.Contains((customerId, entryKey));

    /// <summary>A false positive for this customer and entry was confirmed with these very fingerprints: neither side
    /// changed since, so the match must not be raised again.</summary>
    public bool IsSuppressed(string customerId, string entryKey, string customerFingerprint, string entryFingerprint) =>
        _falsePositives.Contains((customerId, entryKey, customerFingerprint, entryFingerprint));
}
