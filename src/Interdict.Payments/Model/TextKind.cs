namespace Interdict.Payments;

/// <summary>What kind of free text a <see cref="PaymentText"/> is.</summary>
public enum TextKind
{
    /// <summary>Remittance information for the creditor (ISO <c>RmtInf/Ustrd</c> and the texts of <c>RmtInf/Strd</c>; MT <c>:70:</c>).</summary>
    Remittance = 0,
    /// <summary>Instructions between banks (ISO <c>InstrForCdtrAgt</c>, <c>InstrForNxtAgt</c>; MT <c>:72:</c>).</summary>
    BankToBank,
    /// <summary>Regulatory reporting details (ISO <c>RgltryRptg/Dtls/Inf</c>; MT <c>:77B:</c>).</summary>
    Regulatory,
    /// <summary>Free-format narrative (MT <c>:79:</c>, <c>:76:</c>, <c>:77A:</c>).</summary>
    Narrative,
    /// <summary>The reason for a return or a cancellation in words (ISO <c>RtrRsnInf/AddtlInf</c>, <c>CxlRsnInf/AddtlInf</c>).</summary>
    Reason,
    /// <summary>A proprietary purpose in words (ISO <c>Purp/Prtry</c>).</summary>
    Purpose,
}
