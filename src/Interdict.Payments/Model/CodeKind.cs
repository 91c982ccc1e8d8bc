namespace Interdict.Payments;

/// <summary>What a <see cref="PaymentCode"/> is.</summary>
public enum CodeKind
{
    /// <summary>The purpose of the payment (ISO <c>Purp/Cd</c>).</summary>
    Purpose = 0,
    /// <summary>The category purpose (ISO <c>CtgyPurp/Cd</c>).</summary>
    CategoryPurpose,
    /// <summary>A regulatory reporting code (ISO <c>RgltryRptg/Dtls/Cd</c>; the <c>/CODE/</c> of MT <c>:77B:</c>).</summary>
    RegulatoryReporting,
    /// <summary>The country of a regulatory report (ISO <c>RgltryRptg/Dtls/Ctry</c>, <c>Authrty/Ctry</c>).</summary>
    RegulatoryCountry,
    /// <summary>A return or cancellation reason (ISO <c>RtrRsnInf/Rsn/Cd</c>, <c>CxlRsnInf/Rsn/Cd</c>).</summary>
    Reason,
    /// <summary>An MT instruction code (<c>:23E:</c>) or bank operation code (<c>:23B:</c>), or an MT transaction type code (<c>:26T:</c>).</summary>
    Instruction,
    /// <summary>Who bears the charges (ISO <c>ChrgBr</c>; MT <c>:71A:</c>).</summary>
    ChargeBearer,
    /// <summary>The message's own identifier (ISO <c>BizMsgIdr</c>, <c>GrpHdr/MsgId</c>; MT <c>:20:</c>).</summary>
    MessageId,
    /// <summary>The unique end-to-end transaction reference (ISO <c>UETR</c>; MT block 3 <c>{121:}</c>).</summary>
    Uetr,
    /// <summary>The end-to-end identification (ISO <c>EndToEndId</c>; MT101/MT202 <c>:21:</c>).</summary>
    EndToEndId,
    /// <summary>An instruction or transaction id (ISO <c>InstrId</c>, <c>TxId</c>, <c>PmtInfId</c>).</summary>
    TransactionId,
    /// <summary>A reference to an original message (ISO <c>OrgnlMsgId</c>, <c>OrgnlEndToEndId</c>, <c>OrgnlUETR</c>; MT <c>:21:</c> in
    /// MT199/MT19x/29x, <c>:11S:</c>, <c>:11R:</c>).</summary>
    OriginalReference,
    /// <summary>The service level or business service (ISO <c>SvcLvl/Cd</c>, BAH <c>BizSvc</c>; MT block 3 <c>{111:}</c>).</summary>
    Service,
}
