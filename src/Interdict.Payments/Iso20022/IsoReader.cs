using System.Xml;

namespace Interdict.Payments.Iso20022;

/// <summary>Reads ISO 20022 XML: one <c>Document</c> (with its business application header when present), or a wrapper
/// holding several, each a message of its own.</summary>
static class IsoReader
{
    /// <summary>Reads every message in <paramref name="text"/>. Malformed XML gives one refused result for the whole text
    /// (nothing in it can be trusted); otherwise one result per document.</summary>
    public static IReadOnlyList<PaymentReadResult> Read(string text, string origin, XmlReaderSettings settings)
    {
        var root = XmlTreeReader.Read(text, settings, out var error, out var line, out var column);
        if (root is null)
        {
            if (line == 0)
            {
                // The reader refuses a DTD before it counts lines; the DOCTYPE's own place is the one to name.
                var doctype = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
                if (doctype >= 0)
                {
                    line = 1 + text.AsSpan(0, doctype).Count('\n');
                    column = doctype - text.LastIndexOf('\n', Math.Max(doctype - 1, 0));
                }
            }
            return [PaymentReadResult.Refused(new PaymentIssue(origin, line, line > 0 ? column : null, null, $"not well-formed XML: {error}"))];
        }
        var messages = Messages(root);
        if (messages.Count == 0)
        {
            return [PaymentReadResult.Refused(PaymentIssue.At(origin, new Place("/" + root.Name, root.Line, root.Column),
                $"no ISO 20022 Document or AppHdr element found (root element <{root.Name}> in namespace '{root.Namespace}')"))];
        }
        var results = new PaymentReadResult[messages.Count];
        for (var i = 0; i < messages.Count; i++)
        {
            var label = messages.Count == 1 ? origin : $"{origin}#{i + 1}";
            results[i] = ReadMessage(label, messages[i].Header, messages[i].Document);
        }
        return results;
    }

    /// <summary>The (header, document) pairs in the tree: the root itself, or the documents inside a wrapper
    /// (SWIFT's <c>Envelope</c>, <c>RequestPayload</c>, Prowide's <c>message</c>), each with the header that precedes it.</summary>
    static List<(XmlNode? Header, XmlNode? Document)> Messages(XmlNode root)
    {
        var found = new List<(XmlNode?, XmlNode?)>();
        if (root.Name == "Document") { Root(root); found.Add((null, root)); return found; }
        if (root.Name == "AppHdr") { Root(root); found.Add((root, null)); return found; }
        Collect(root, found);
        return found;
    }

    static void Collect(XmlNode parent, List<(XmlNode?, XmlNode?)> found)
    {
        XmlNode? header = null;
        foreach (var child in parent.Children)
        {
            switch (child.Name)
            {
                case "AppHdr":
                    if (header is not null) found.Add((header, null));
                    header = Root(child);
                    break;
                case "Document":
                    found.Add((header, Root(child)));
                    header = null;
                    break;
                default:
                    Collect(child, found);
                    break;
            }
        }
        if (header is not null) found.Add((header, null));
    }

    static XmlNode Root(XmlNode node)
    {
        node.IsPathRoot = true;
        return node;
    }

    static PaymentReadResult ReadMessage(string origin, XmlNode? header, XmlNode? document)
    {
        var notes = new List<PaymentIssue>();
        var mapper = new IsoMapper(origin);
        string? definition = null;
        Located? messageId = null;
        string? service = null;
        if (header is not null)
        {
            var missing = Missing(header, "Fr", "To", "BizMsgIdr", "MsgDefIdr", "CreDt");
            if (missing is not null) return Refuse(origin, header, $"the business application header has no {missing} (mandatory in head.001)");
            if (!IsoMessageKind.TryParseIdentifier(header.Namespace, out _, out var headerVersion))
            {
                notes.Add(PaymentIssue.At(origin, header.Place, $"the header's namespace '{header.Namespace}' is not a head.001 version; read by element names"));
            }
            else if (!IsoMessageKind.ApplicationHeader.Knows(headerVersion))
            {
                notes.Add(PaymentIssue.At(origin, header.Place, $"head.001.{headerVersion} is not a known version of the header; read by element names"));
            }
            definition = header.Child("MsgDefIdr")!.Text;
            service = header.Child("BizSvc")?.Text;
            var id = header.Child("BizMsgIdr")!;
            messageId = new Located(id.Text, id.Place);
            mapper.ReadHeader(header);
            if (mapper.Problem is not null) return PaymentReadResult.Refused(mapper.Problem);
        }
        if (document is null)
        {
            // A stand-alone header (Fedwire sends it apart from the document): its sender and receiver can be screened.
            var version = IsoMessageKind.TryParseIdentifier(header!.Namespace, out var id, out var v) ? $"{id}.{v}" : "head.001";
            notes.Add(PaymentIssue.At(origin, header.Place, $"a business application header without a document (for {definition})"));
            return Build(origin, version, null, messageId, mapper, 0, notes);
        }

        if (document.Children.Count != 1)
        {
            return Refuse(origin, document, document.Children.Count == 0
                ? "the Document is empty (truncated or not a message)"
                : "the Document holds more than one message element");
        }
        var message = document.Children[0];
        var byRoot = IsoMessageKind.ByRootElement(message.Name);
        IsoMessageKind? kind;
        string type;
        if (IsoMessageKind.TryParseIdentifier(document.Namespace, out var nsId, out var nsVersion))
        {
            kind = IsoMessageKind.ById(nsId);
            if (kind is null || kind == IsoMessageKind.ApplicationHeader)
            {
                return Refuse(origin, document, $"{nsId}.{nsVersion} is not a payment message this reader handles (pacs.008, pacs.009, pacs.004, pain.001, camt.056)");
            }
            if (byRoot != kind)
            {
                return Refuse(origin, message, $"the namespace says {nsId} but the message element <{message.Name}> is not {kind.RootElement}");
            }
            type = $"{nsId}.{nsVersion}";
            if (!document.Namespace.Equals(IsoMessageKind.IsoNamespacePrefix + type, StringComparison.Ordinal))
            {
                notes.Add(PaymentIssue.At(origin, document.Place, $"the namespace '{document.Namespace}' is not ISO's own for {type}; read by element names"));
            }
            else if (!kind.Knows(nsVersion))
            {
                notes.Add(PaymentIssue.At(origin, document.Place, $"{type} is not a known version of {nsId}; read by element names"));
            }
        }
        else if (byRoot is not null)
        {
            kind = byRoot;
            type = kind.Id;
            notes.Add(PaymentIssue.At(origin, document.Place,
                $"the namespace '{document.Namespace}' names no message version; read as {kind.Id} by its element <{message.Name}>"));
        }
        else
        {
            return Refuse(origin, message, $"unknown message type: <{message.Name}> in namespace '{document.Namespace}'");
        }
        if (definition is not null && !definition.Equals(type, StringComparison.Ordinal))
        {
            notes.Add(PaymentIssue.At(origin, header!.Child("MsgDefIdr")!.Place, $"the header says {definition} but the document is {type}"));
        }

        var mandatory = CheckMandatory(kind, message);
        if (mandatory is not null) return Refuse(origin, mandatory.Value.At, mandatory.Value.Message);

        mapper.ReadDocument(message);
        if (mapper.Problem is not null) return PaymentReadResult.Refused(mapper.Problem);
        if (messageId is null)
        {
            var id = message.At("GrpHdr/MsgId") ?? message.At("Assgnmt/Id");
            if (id is not null) messageId = new Located(id.Text, id.Place);
        }
        var transactions = message.ChildrenNamed("CdtTrfTxInf").Count() + message.ChildrenNamed("TxInf").Count()
            + message.ChildrenNamed("PmtInf").Sum(p => p.ChildrenNamed("CdtTrfTxInf").Count())
            + message.ChildrenNamed("Undrlyg").Sum(u => u.ChildrenNamed("TxInf").Count());
        return Build(origin, type, Variant(kind, message, service), messageId, mapper, transactions, notes);
    }

    static PaymentReadResult Build(string origin, string type, string? variant, Located? messageId, IsoMapper mapper, int transactions,
        List<PaymentIssue> notes) =>
        PaymentReadResult.Read(origin, new Payment
        {
            Format = MessageFormat.Iso20022,
            MessageType = type,
            Variant = variant,
            MessageId = messageId,
            Parties = mapper.Parties,
            Amounts = mapper.Amounts,
            Texts = mapper.Texts,
            Codes = mapper.Codes,
            Transactions = transactions,
        }, notes);

    /// <summary>COV when a pacs.009 carries an underlying customer transfer (or the service says so), ADV or STP when the
    /// CBPR+ service says so.</summary>
    static string? Variant(IsoMessageKind kind, XmlNode message, string? service)
    {
        if (kind == IsoMessageKind.FinancialInstitutionCreditTransfer
            && message.ChildrenNamed("CdtTrfTxInf").Any(t => t.Child("UndrlygCstmrCdtTrf") is not null)) return "COV";
        if (service is null) return null;
        if (service.Contains(".cov.", StringComparison.OrdinalIgnoreCase)) return "COV";
        if (service.Contains(".adv.", StringComparison.OrdinalIgnoreCase)) return "ADV";
        if (service.Contains(".stp.", StringComparison.OrdinalIgnoreCase)) return "STP";
        return null;
    }

    /// <summary>The first mandatory element missing, by the schemas of the known versions (the elements required in
    /// every one of them).</summary>
    static (XmlNode At, string Message)? CheckMandatory(IsoMessageKind kind, XmlNode message)
    {
        var id = kind.Id;
        if (kind == IsoMessageKind.CancellationRequest)
        {
            var missing = Missing(message, "Assgnmt", "Undrlyg");
            return missing is null ? null : (message, $"{missing} is missing (mandatory in {id})");
        }
        var header = message.Child("GrpHdr");
        if (header is null) return (message, $"GrpHdr is missing (mandatory in {id})");
        var headerMissing = Missing(header, "MsgId", "CreDtTm", "NbOfTxs");
        if (headerMissing is not null) return (header, $"{headerMissing} is missing (mandatory in {id})");
        if (kind == IsoMessageKind.PaymentInitiation)
        {
            if (header.Child("InitgPty") is null) return (header, $"InitgPty is missing (mandatory in {id})");
            if (message.Child("PmtInf") is null) return (message, $"PmtInf is missing (mandatory in {id})");
            foreach (var info in message.ChildrenNamed("PmtInf"))
            {
                var missing = Missing(info, "PmtInfId", "Dbtr", "DbtrAcct", "DbtrAgt", "CdtTrfTxInf");
                if (missing is not null) return (info, $"{missing} is missing (mandatory in {id})");
                foreach (var transaction in info.ChildrenNamed("CdtTrfTxInf"))
                {
                    var txMissing = Missing(transaction, "PmtId", "Amt");
                    if (txMissing is not null) return (transaction, $"{txMissing} is missing (mandatory in {id})");
                }
            }
            return null;
        }
        var transactions = kind == IsoMessageKind.PaymentReturn ? "TxInf" : "CdtTrfTxInf";
        if (message.Child(transactions) is null) return (message, $"{transactions} is missing (mandatory in {id})");
        string[] required = kind == IsoMessageKind.CustomerCreditTransfer ? ["PmtId", "IntrBkSttlmAmt", "Dbtr", "DbtrAgt", "CdtrAgt", "Cdtr"]
            : kind == IsoMessageKind.FinancialInstitutionCreditTransfer ? ["PmtId", "IntrBkSttlmAmt", "Dbtr", "Cdtr"]
            : ["RtrdIntrBkSttlmAmt"];
        foreach (var transaction in message.ChildrenNamed(transactions))
        {
            var missing = Missing(transaction, required);
            if (missing is not null) return (transaction, $"{missing} is missing (mandatory in {id})");
            var underlying = transaction.Child("UndrlygCstmrCdtTrf");
            if (underlying is not null)
            {
                var underlyingMissing = Missing(underlying, "Dbtr", "DbtrAgt", "CdtrAgt", "Cdtr");
                if (underlyingMissing is not null) return (underlying, $"{underlyingMissing} is missing (mandatory in the underlying customer transfer of {id} COV)");
            }
        }
        return null;
    }

    /// <summary>The first of <paramref name="names"/> that <paramref name="parent"/> lacks or holds empty, or null.</summary>
    static string? Missing(XmlNode parent, params string[] names)
    {
        foreach (var name in names)
        {
            var child = parent.Child(name);
            if (child is null || (child.Children.Count == 0 && child.Text.Length == 0)) return name;
        }
        return null;
    }

    static PaymentReadResult Refuse(string origin, XmlNode at, string message) =>
        PaymentReadResult.Refused(PaymentIssue.At(origin, at.Place, message));
}
