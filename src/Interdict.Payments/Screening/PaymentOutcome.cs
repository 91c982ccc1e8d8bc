namespace Interdict.Payments.Screening;

/// <summary>What happens to a screened payment.</summary>
public enum PaymentOutcome
{
    /// <summary>Nothing to look at: release.</summary>
    Pass = 0,
    /// <summary>A hit a person must look at before release (a name in free text, an inexact name, a DPRK link).</summary>
    Review,
    /// <summary>Held: a designated party, a DPRK bank, in a party or agent role.</summary>
    Hold,
}
