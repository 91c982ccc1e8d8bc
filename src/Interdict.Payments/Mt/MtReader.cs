using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Interdict.Payments.Mt;

/// <summary>Reads SWIFT FIN (MT) payment messages: MT101, MT103 (STP, REMIT), MT202 and MT205 (with COV), MT199/MT299
/// free format, and the MT192/196/292/296 cancellation pair.</summary>
static partial class MtReader
{
    /// <summary>The message types read, with the fields each must carry (in sequence A; MT101's transactions and the COV
    /// underlying customer transfer are checked apart).</summary>
    static readonly Dictionary<string, string[]> Mandatory = new(StringComparer.Ordinal)
    {
        ["101"] = ["20", "28D", "30"],
        ["103"] = ["20", "23B", "32A", "50", "59", "71A"],
        ["202"] = ["20", "21", "32A", "58"],
        ["205"] = ["20", "21", "32A", "52", "58"],
        ["192"] = ["20", "21", "11S"],
        ["292"] = ["20", "21", "11S"],
        ["196"] = ["20", "21", "76"],
        ["296"] = ["20", "21", "76"],
        ["199"] = ["20", "79"],
        ["299"] = ["20", "79"],
    };

    public static IReadOnlyList<PaymentReadResult> Read(string text, string origin)
    {
        var pieces = MtSplitter.Split(text);
        // Acknowledgements ({1:F21…}) confirm the message that follows them; they are not payments and are left out.
        pieces.RemoveAll(p => p.Message is { } m && m.Basic.Length >= 3 && m.Basic[1..3] == "21");
        if (pieces.Count == 0)
        {
            return [PaymentReadResult.Refused(new PaymentIssue(origin, 0, null, null, "no FIN message found (a message starts with '{1:')"))];
        }
        var results = new PaymentReadResult[pieces.Count];
        for (var i = 0; i < pieces.Count; i++)
        {
            var label = pieces.Count == 1 ? origin : $"{origin}#{i + 1}";
            var (message, line, column, error) = pieces[i];
            results[i] = message is null
                ? PaymentReadResult.Refused(new PaymentIssue(label, line, column, null, error!))
                : ReadMessage(label, message);
        }
        return results;
    }

    static PaymentReadResult ReadMessage(string origin, MtBlocks blocks)
    {
        var parties = ImmutableArray.CreateBuilder<PaymentParty>();
        var codes = ImmutableArray.CreateBuilder<PaymentCode>();

        // Block 1: F01 + LT address (BIC8, terminal, branch) + session + sequence.
        var basic = BasicHeader().Match(blocks.Basic);
        if (!basic.Success)
        {
            return Refuse(origin, new Place("{1:}", blocks.BasicLine),
                "the basic header block is not F01/A01/L01 + a 12-character LT address + session and sequence numbers");
        }
        if (blocks.Application is null) return Refuse(origin, new Place("{2:}", blocks.BasicLine), "the application header block {2: is missing");
        var application = ApplicationHeader().Match(blocks.Application);
        if (!application.Success)
        {
            return Refuse(origin, new Place("{2:}", blocks.ApplicationLine),
                "the application header block is neither input (I + type + 12-character LT address) nor output (O + type + time + MIR + date + time)");
        }
        var type = application.Groups["type"].Value;
        var output = application.Groups["io"].Value == "O";
        var localAddress = Address(basic.Groups["lt"].Value);
        var otherAddress = Address(output ? application.Groups["mirlt"].Value : application.Groups["lt"].Value);
        var sender = output ? otherAddress : localAddress;
        var receiver = output ? localAddress : otherAddress;
        if (!Codes.IsBic(sender) || !Codes.IsBic(receiver))
        {
            return Refuse(origin, new Place(output ? "{2:}" : "{1:}", output ? blocks.ApplicationLine : blocks.BasicLine),
                $"the logical terminal address '{(Codes.IsBic(sender) ? receiver : sender)}' does not hold a BIC");
        }
        parties.Add(Institution(PaymentRole.Sender, sender, new Place(output ? "{2:} MIR sender" : "{1:} sender", output ? blocks.ApplicationLine : blocks.BasicLine)));
        parties.Add(Institution(PaymentRole.Receiver, receiver, new Place(output ? "{1:} receiver" : "{2:} receiver", output ? blocks.BasicLine : blocks.ApplicationLine)));

        if (!Mandatory.TryGetValue(type, out var required))
        {
            return Refuse(origin, new Place("{2:} message type", blocks.ApplicationLine),
                $"MT{type} is not a payment message this reader handles (MT101, MT103, MT192, MT196, MT199, MT202, MT205, MT292, MT296, MT299)");
        }
        string? variant = null;
        foreach (var (tag, value) in blocks.User)
        {
            var place = new Place($"{{3:}}{{{tag}:}}", blocks.UserLine);
            switch (tag)
            {
                case "119": variant = value; break;
                case "121": codes.Add(new PaymentCode(CodeKind.Uetr, value, place)); break;
                case "111": codes.Add(new PaymentCode(CodeKind.Service, value, place)); break;
                case "108": codes.Add(new PaymentCode(CodeKind.TransactionId, value, place)); break;
            }
        }
        if (blocks.Text is null) return Refuse(origin, new Place("{4:}", blocks.BasicLine), "the text block {4: is missing: the message is truncated");
        if (blocks.TextIsSubBlocks) return Refuse(origin, new Place("{4:}", blocks.TextLine), $"MT{type} has a text block of sub-blocks, not fields");

        var fields = Fields(blocks.Text, blocks.TextLine, out var fieldError);
        if (fieldError is { } fault) return Refuse(origin, fault.At, fault.Message);
        var cover = variant == "COV";
        Sequence(type, cover, fields);
        var missing = CheckMandatory(type, cover, fields, required, blocks.TextLine);
        if (missing is { } absent) return Refuse(origin, absent.At, absent.Message);

        var mapper = new MtMapper(origin, type, parties, codes);
        foreach (var field in fields)
        {
            mapper.Map(field);
            if (mapper.Problem is not null) return PaymentReadResult.Refused(mapper.Problem);
        }
        var reference = fields.First(f => f.Tag == "20");
        var transactions = type == "101" ? fields.Count(f => f.Tag == "21") : 1;
        return PaymentReadResult.Read(origin, new Payment
        {
            Format = MessageFormat.SwiftMt,
            MessageType = "MT" + type,
            Variant = variant,
            MessageId = new Located(reference.Lines[0].Trim(), reference.PlaceOf(0)),
            Parties = parties.ToImmutable(),
            Amounts = mapper.Amounts,
            Texts = mapper.Texts,
            Codes = codes.ToImmutable(),
            Transactions = transactions,
        }, blocks.Notes.Select(n => new PaymentIssue(origin, n.Line, null, null, n.Note)));
    }

    static PaymentParty Institution(PaymentRole role, string bic, Place place) =>
        new() { Role = role, Place = place, Kind = Interdict.Core.Lists.PartyKind.Organization, IsInstitution = true, Bic = new Located(bic, place) };

    /// <summary>The BIC in a 12-character LT address: the BIC8, then the branch after the terminal letter.</summary>
    static string Address(string lt) => lt.Length == 12 ? string.Concat(lt.AsSpan(0, 8), lt.AsSpan(9, 3)) : lt;

    /// <summary>Block 4's fields, each with its lines and source line numbers.</summary>
    static List<MtField> Fields(string text, int firstLine, out (Place At, string Message)? error)
    {
        error = null;
        var fields = new List<MtField>();
        var lines = text.Split('\n');
        string? tag = null;
        var value = new List<string>();
        var tagLine = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var lineNumber = firstLine + i;
            if (i == 0)
            {
                // What follows "{4:" on its own line: nothing, in a well-formed message.
                if (line.Length > 0)
                {
                    error = (new Place("{4:}", lineNumber), "the text block must start on a new line after '{4:'");
                    return fields;
                }
                continue;
            }
            if (i == lines.Length - 1 && line.Length == 0) break;
            var match = line.Length > 0 && line[0] == ':' ? FieldStart().Match(line) : null;
            if (match is { Success: true })
            {
                if (tag is not null) fields.Add(new MtField(tag, [.. value], tagLine, ""));
                tag = match.Groups["tag"].Value;
                tagLine = lineNumber;
                value.Clear();
                value.Add(line[match.Length..]);
            }
            else if (tag is null)
            {
                error = (new Place("{4:}", lineNumber), line.StartsWith(':')
                    ? $"'{line}' is not a field tag (two digits and an optional option letter between colons)"
                    : "text before the first field");
                return fields;
            }
            else
            {
                value.Add(line);
            }
        }
        if (tag is not null) fields.Add(new MtField(tag, [.. value], tagLine, ""));
        if (fields.Count == 0) error = (new Place("{4:}", firstLine), "the text block holds no field");
        return fields;
    }

    /// <summary>Sets each field's sequence: MT101 sequence B begins at each <c>:21:</c>; in a COV message sequence B
    /// (the underlying customer transfer) begins at the ordering customer <c>:50a:</c>.</summary>
    static void Sequence(string type, bool cover, List<MtField> fields)
    {
        var transaction = 0;
        var inB = false;
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            if (type == "101")
            {
                if (field.Tag == "21") transaction++;
                if (transaction > 0) fields[i] = field with { Sequence = $"B[{transaction}]/" };
            }
            else if (cover && type is "202" or "205")
            {
                if (field.Number == "50") inB = true;
                if (inB) fields[i] = field with { Sequence = "B/" };
            }
        }
    }

    static (Place At, string Message)? CheckMandatory(string type, bool cover, List<MtField> fields, string[] required, int textLine)
    {
        foreach (var tag in required)
        {
            var present = fields.Any(f => f.Sequence.Length == 0 && (f.Tag == tag || (tag.Length == 2 && f.Number == tag)))
                || (type == "101" && tag == "50");
            // Party fields come in options (:59:, :59A:, :59F:): the standards write them :59a:.
            var label = tag is "50" or "52" or "58" or "59" ? tag + "a" : tag;
            if (!present) return (new Place($":{label}:", textLine), $"field :{label}: is missing (mandatory in MT{type})");
        }
        if (type == "101")
        {
            var transactions = fields.Where(f => f.Tag == "21").Select(f => f.Sequence).ToList();
            if (transactions.Count == 0) return (new Place("B/:21:", textLine), "MT101 holds no transaction (sequence B starts with :21:)");
            foreach (var sequence in transactions)
            {
                var inSequence = fields.Where(f => f.Sequence == sequence).ToList();
                foreach (var tag in new[] { "32B", "59", "71A" })
                {
                    if (!inSequence.Any(f => f.Tag == tag || f.Number == tag))
                    {
                        return (new Place($"{sequence}:{tag}:", inSequence[0].Line), $"field :{tag}: is missing in transaction {sequence.TrimEnd('/')} (mandatory in MT101)");
                    }
                }
            }
            if (!fields.Any(f => f.Number == "50" && f.Option is "F" or "G" or "H"))
            {
                return (new Place(":50a:", textLine), "no ordering customer :50F:, :50G: or :50H: in sequence A or B (mandatory in MT101)");
            }
        }
        if (cover && type is "202" or "205")
        {
            foreach (var tag in new[] { "50", "59" })
            {
                if (!fields.Any(f => f.Sequence == "B/" && f.Number == tag))
                {
                    return (new Place($"B/:{tag}a:", textLine), $"field :{tag}a: of the underlying customer transfer is missing (mandatory in MT{type} COV)");
                }
            }
        }
        return null;
    }

    static PaymentReadResult Refuse(string origin, Place place, string message) =>
        PaymentReadResult.Refused(PaymentIssue.At(origin, place, message));

    [GeneratedRegex(@"^[FAL]\d{2}(?<lt>[A-Z0-9]{12})\d{4}\d{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex BasicHeader();

    [GeneratedRegex(@"^(?:(?<io>I)(?<type>\d{3})(?<lt>[A-Z0-9]{12})[USN]?\d?(?:\d{3})?|(?<io>O)(?<type>\d{3})\d{4}\d{6}(?<mirlt>[A-Z0-9]{12})\d{4}\d{6}\d{6}\d{4}[USN]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex ApplicationHeader();

    [GeneratedRegex(@"^:(?<tag>\d{2}[A-Z]?):", RegexOptions.CultureInvariant)]
    private static partial Regex FieldStart();
}
