using Interdict.Core.Ownership;

namespace Interdict.Hosting;

/// <summary>How customers' owners are weighed (<see cref="OwnershipRule"/>).</summary>
public sealed class InterdictOwnershipSettings
{
    /// <summary>The aggregate share, in percent, at or above which listed parties' ownership flags a customer as owned:
    /// default 50 (OFAC's 50 percent rule). Setting <c>Interdict:Ownership:Threshold</c>.</summary>
    public decimal Threshold { get; set; } = OwnershipRule.OfacThreshold;
}
