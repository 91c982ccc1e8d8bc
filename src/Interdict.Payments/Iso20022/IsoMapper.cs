using System.Collections.Immutable;
using System.Globalization;

namespace Interdict.Payments.Iso20022;

/// <summary>Maps the elements of one ISO 20022 document (and its header) to a <see cref="Payment"/> by element names.</summary>
/// <remarks>The same element names mean the same thing in every message and version this reader knows (a <c>Cdtr</c> is
/// the creditor in pacs.008, pacs.009, pacs.004's return chain and camt.056's original transaction), so one walk by
/// names reads them all; docs/payments.md has the map.</remarks>
sealed class IsoMapper
{
    static readonly Dictionary<string, PaymentRole> PartyElements = new(StringComparer.Ordinal)
    {
        ["Dbtr"] = PaymentRole.Debtor,
        ["Cdtr"] = PaymentRole.Creditor,
        ["UltmtDbtr"] = PaymentRole.UltimateDebtor,
        ["UltmtCdtr"] = PaymentRole.UltimateCreditor,
        ["InitgPty"] = PaymentRole.InitiatingParty,
        ["DbtrAgt"] = PaymentRole.DebtorAgent,
        ["CdtrAgt"] = PaymentRole.CreditorAgent,
        ["IntrmyAgt1"] = PaymentRole.IntermediaryAgent,
        ["IntrmyAgt2"] = PaymentRole.IntermediaryAgent,
        ["IntrmyAgt3"] = PaymentRole.IntermediaryAgent,
        ["InstgAgt"] = PaymentRole.InstructingAgent,
        ["InstdAgt"] = PaymentRole.InstructedAgent,
        ["PrvsInstgAgt"] = PaymentRole.InstructingAgent,
        ["PrvsInstgAgt1"] = PaymentRole.InstructingAgent,
        ["PrvsInstgAgt2"] = PaymentRole.InstructingAgent,
        ["PrvsInstgAgt3"] = PaymentRole.InstructingAgent,
        ["InstgRmbrsmntAgt"] = PaymentRole.SendersCorrespondent,
        ["InstdRmbrsmntAgt"] = PaymentRole.ReceiversCorrespondent,
        ["ThrdRmbrsmntAgt"] = PaymentRole.ThirdReimbursementAgent,
        ["FwdgAgt"] = PaymentRole.ForwardingAgent,
        ["Assgnr"] = PaymentRole.Sender,
        ["Assgnee"] = PaymentRole.Receiver,
    };

    static readonly Dictionary<string, CodeKind> References = new(StringComparer.Ordinal)
    {
        ["MsgId"] = CodeKind.MessageId,
        ["UETR"] = CodeKind.Uetr,
        ["EndToEndId"] = CodeKind.EndToEndId,
        ["InstrId"] = CodeKind.TransactionId,
        ["TxId"] = CodeKind.TransactionId,
        ["PmtInfId"] = CodeKind.TransactionId,
        ["RtrId"] = CodeKind.TransactionId,
        ["CxlId"] = CodeKind.TransactionId,
        ["OrgnlMsgId"] = CodeKind.OriginalReference,
        ["OrgnlInstrId"] = CodeKind.OriginalReference,
        ["OrgnlEndToEndId"] = CodeKind.OriginalReference,
        ["OrgnlTxId"] = CodeKind.OriginalReference,
        ["OrgnlUETR"] = CodeKind.OriginalReference,
        ["ChrgBr"] = CodeKind.ChargeBearer,
    };

    static readonly Dictionary<string, AmountKind> AmountElements = new(StringComparer.Ordinal)
    {
        ["IntrBkSttlmAmt"] = AmountKind.Settlement,
        ["InstdAmt"] = AmountKind.Instructed,
        ["RtrdIntrBkSttlmAmt"] = AmountKind.Returned,
        ["RtrdInstdAmt"] = AmountKind.Returned,
        ["OrgnlIntrBkSttlmAmt"] = AmountKind.Original,
        ["TtlIntrBkSttlmAmt"] = AmountKind.Total,
        ["TtlRtrdIntrBkSttlmAmt"] = AmountKind.Total,
    };

    readonly string _origin;
    readonly ImmutableArray<PaymentParty>.Builder _parties = ImmutableArray.CreateBuilder<PaymentParty>();
    readonly ImmutableArray<PaymentAmount>.Builder _amounts = ImmutableArray.CreateBuilder<PaymentAmount>();
    readonly ImmutableArray<PaymentText>.Builder _texts = ImmutableArray.CreateBuilder<PaymentText>();
    readonly ImmutableArray<PaymentCode>.Builder _codes = ImmutableArray.CreateBuilder<PaymentCode>();
    PaymentIssue? _problem;

    public IsoMapper(string origin) => _origin = origin;

    public PaymentIssue? Problem => _problem;
    public ImmutableArray<PaymentParty> Parties => _parties.ToImmutable();
    public ImmutableArray<PaymentAmount> Amounts => _amounts.ToImmutable();
    public ImmutableArray<PaymentText> Texts => _texts.ToImmutable();
    public ImmutableArray<PaymentCode> Codes => _codes.ToImmutable();

    /// <summary>Reads the header's sender, receiver, message id and business service.</summary>
    public void ReadHeader(XmlNode header)
    {
        AddParty(PaymentRole.Sender, header.Child("Fr"), null);
        AddParty(PaymentRole.Receiver, header.Child("To"), null);
        AddCode(CodeKind.MessageId, header.Child("BizMsgIdr"));
        AddCode(CodeKind.Service, header.Child("BizSvc"));
    }

    /// <summary>Walks the document's message element.</summary>
    public void ReadDocument(XmlNode message) => Walk(message, null);

    void Walk(XmlNode parent, DateOnly? inheritedDate)
    {
        // A date stated at this level (IntrBkSttlmDt, ReqdExctnDt) is the value date of the amounts at or below it.
        var date = Date(parent.Child("IntrBkSttlmDt")) ?? Date(parent.Child("ReqdExctnDt")) ?? inheritedDate;
        foreach (var child in parent.Children)
        {
            if (_problem is not null) return;
            if (PartyElements.TryGetValue(child.Name, out var role))
            {
                AddParty(role, child, parent.Child(child.Name + "Acct"));
                continue;
            }
            if (References.TryGetValue(child.Name, out var reference))
            {
                AddCode(reference, child);
                continue;
            }
            if (AmountElements.TryGetValue(child.Name, out var amount))
            {
                var amountDate = amount == AmountKind.Original ? Date(parent.Child("OrgnlIntrBkSttlmDt")) : date;
                AddAmount(amount, child, amountDate);
                continue;
            }
            switch (child.Name)
            {
                case "Agt" when string.Equals(parent.Name, "ChrgsInf", StringComparison.Ordinal):
                    AddParty(PaymentRole.ChargesAgent, child, null);
                    break;
                case "RmtInf":
                    ReadRemittance(child);
                    break;
                case "Purp":
                    AddCode(CodeKind.Purpose, child.Child("Cd"));
                    AddText(TextKind.Purpose, child.Child("Prtry"));
                    break;
                case "CtgyPurp":
                    AddCode(CodeKind.CategoryPurpose, child.Child("Cd"));
                    break;
                case "SvcLvl":
                    AddCode(CodeKind.Service, child.Child("Cd"));
                    break;
                case "RgltryRptg":
                    ReadRegulatory(child);
                    break;
                case "InstrForCdtrAgt":
                case "InstrForNxtAgt":
                    AddCode(CodeKind.Instruction, child.Child("Cd"));
                    AddText(TextKind.BankToBank, child.Child("InstrInf"));
                    break;
                case "RtrRsnInf":
                case "CxlRsnInf":
                    AddCode(CodeKind.Reason, child.At("Rsn/Cd"));
                    foreach (var info in child.ChildrenNamed("AddtlInf")) AddText(TextKind.Reason, info);
                    break;
                default:
                    if (child.Children.Count > 0) Walk(child, date);
                    break;
            }
        }
    }

    void ReadRemittance(XmlNode remittance)
    {
        foreach (var part in remittance.Children)
        {
            if (part.Name == "Ustrd") AddText(TextKind.Remittance, part);
            else
            {
                // Structured remittance: every text in it (document numbers, creditor references, invoicer and invoicee
                // names, additional remittance lines) is free text a name can hide in; codes are left out.
                foreach (var leaf in part.Descendants())
                {
                    if (leaf.Children.Count == 0 && !IsCodeDateOrAmount(leaf.Name)) AddText(TextKind.Remittance, leaf);
                }
            }
        }
    }

    /// <summary>Codes, dates and amounts of structured remittance hold no names.</summary>
    static bool IsCodeDateOrAmount(string name) =>
        name is "Cd" or "Ccy" || name.EndsWith("Dt", StringComparison.Ordinal) || name.EndsWith("Amt", StringComparison.Ordinal);

    void ReadRegulatory(XmlNode reporting)
    {
        foreach (var leaf in reporting.Descendants())
        {
            if (leaf.Children.Count > 0 || leaf.Text.Length == 0) continue;
            switch (leaf.Name)
            {
                case "Cd":
                    AddCode(CodeKind.RegulatoryReporting, leaf);
                    break;
                case "Ctry":
                    AddCode(CodeKind.RegulatoryCountry, leaf);
                    break;
                case "DbtCdtRptgInd":
                case "Dt":
                case "Amt":
                case "Tp":
                    break;
                default:
                    AddText(TextKind.Regulatory, leaf);
                    break;
            }
        }
    }

    void AddParty(PaymentRole role, XmlNode? element, XmlNode? account)
    {
        if (element is null) return;
        var party = IsoPartyReader.Read(role, element, account, out var problem);
        if (problem is { } p)
        {
            _problem = PaymentIssue.At(_origin, p.At.Place, p.Message);
            return;
        }
        if (party is not null) _parties.Add(party);
    }

    void AddCode(CodeKind kind, XmlNode? node)
    {
        if (node is null || node.Text.Length == 0) return;
        _codes.Add(new PaymentCode(kind, node.Text, node.Place));
    }

    void AddText(TextKind kind, XmlNode? node)
    {
        if (node is null || node.Text.Length == 0) return;
        _texts.Add(new PaymentText(kind, node.Text, node.Place));
    }

    void AddAmount(AmountKind kind, XmlNode node, DateOnly? date)
    {
        // pain.001's Amt/EqvtAmt carries Amt and CcyOfTrf; the instructed amount is read when given.
        var currency = node.Currency;
        if (currency is null || !Payments.Codes.IsCurrency(currency))
        {
            Refuse(node, currency is null ? "the amount has no Ccy attribute" : $"'{currency}' is not an ISO 4217 currency code");
            return;
        }
        if (!decimal.TryParse(node.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            Refuse(node, $"'{node.Text}' is not an amount (digits with an optional decimal point)");
            return;
        }
        _amounts.Add(new PaymentAmount(kind, currency, value, date, node.Place));
    }

    DateOnly? Date(XmlNode? node)
    {
        if (node is null) return null;
        // ReqdExctnDt is a date (pain.001.001.03) or a choice of Dt/DtTm (later versions).
        var text = node.Child("Dt")?.Text ?? node.Child("DtTm")?.Text ?? node.Text;
        if (text.Length >= 10 && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && (text.Length == 10 || text[10] == 'T'))
        {
            return date;
        }
        Refuse(node, $"'{text}' is not a date (YYYY-MM-DD)");
        return null;
    }

    void Refuse(XmlNode node, string message) => _problem ??= PaymentIssue.At(_origin, node.Place, message);
}
