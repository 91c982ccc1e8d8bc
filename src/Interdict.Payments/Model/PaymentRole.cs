namespace Interdict.Payments;

/// <summary>The part a party or a financial institution plays in a payment.</summary>
/// <remarks>Customer roles come first (<see cref="PaymentRoles.IsAgent"/> is false for them). In an FI transfer
/// (pacs.009, MT202/205) the debtor and creditor are themselves institutions and keep the roles
/// <see cref="Debtor"/>/<see cref="Creditor"/>, as ISO 20022 names them.</remarks>
public enum PaymentRole
{
    /// <summary>The party whose account is debited (ISO <c>Dbtr</c>; MT <c>:50a:</c> ordering customer, MT202 <c>:52a:</c>).</summary>
    Debtor = 0,
    /// <summary>The party credited (ISO <c>Cdtr</c>; MT <c>:59a:</c> beneficiary customer, MT202 <c>:58a:</c>).</summary>
    Creditor,
    /// <summary>The ultimate party that owes the money (ISO <c>UltmtDbtr</c>).</summary>
    UltimateDebtor,
    /// <summary>The ultimate beneficiary (ISO <c>UltmtCdtr</c>).</summary>
    UltimateCreditor,
    /// <summary>The party that initiates the payment (ISO <c>InitgPty</c>; MT101 <c>:50C:</c>/<c>:50L:</c> instructing party).</summary>
    InitiatingParty,
    /// <summary>The debtor's bank (ISO <c>DbtrAgt</c>; MT <c>:52a:</c> ordering institution in MT103/MT101).</summary>
    DebtorAgent,
    /// <summary>The creditor's bank (ISO <c>CdtrAgt</c>; MT <c>:57a:</c> account with institution).</summary>
    CreditorAgent,
    /// <summary>An intermediary bank (ISO <c>IntrmyAgt1..3</c>; MT <c>:56a:</c>).</summary>
    IntermediaryAgent,
    /// <summary>The bank that instructs this leg (ISO <c>InstgAgt</c>, <c>PrvsInstgAgt1..3</c>).</summary>
    InstructingAgent,
    /// <summary>The bank instructed in this leg (ISO <c>InstdAgt</c>).</summary>
    InstructedAgent,
    /// <summary>The sender's correspondent (ISO <c>InstgRmbrsmntAgt</c>; MT <c>:53a:</c>).</summary>
    SendersCorrespondent,
    /// <summary>The receiver's correspondent (ISO <c>InstdRmbrsmntAgt</c>; MT <c>:54a:</c>).</summary>
    ReceiversCorrespondent,
    /// <summary>The third reimbursement institution (ISO <c>ThrdRmbrsmntAgt</c>; MT <c>:55a:</c>).</summary>
    ThirdReimbursementAgent,
    /// <summary>A forwarding agent (ISO <c>FwdgAgt</c> in pain.001).</summary>
    ForwardingAgent,
    /// <summary>An agent named for charges (ISO <c>ChrgsInf/Agt</c>).</summary>
    ChargesAgent,
    /// <summary>The sender of the message (ISO business application header <c>Fr</c>; MT block 1 / output block 2).</summary>
    Sender,
    /// <summary>The receiver of the message (ISO business application header <c>To</c>; MT block 2 / output block 1).</summary>
    Receiver,
}

/// <summary>Facts about <see cref="PaymentRole"/> values.</summary>
public static class PaymentRoles
{
    /// <summary>True for a bank's role (an agent, a correspondent, the sender or receiver); false for a customer role.</summary>
    public static bool IsAgent(this PaymentRole role) => role >= PaymentRole.DebtorAgent;
}
