using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Interdict.Payments.Mt;

/// <summary>Maps the fields of one MT message to parties, agents, amounts, texts and codes.</summary>
/// <remarks>The role of a party field depends on the message family: <c>:52a:</c> is the debtor's agent (ordering
/// institution) in a customer transfer and the debtor itself in an FI transfer (MT202/205 sequence A), as the
/// CBPR+ MT↔MX mapping has it; docs/payments.md has the whole map.</remarks>
sealed partial class MtMapper
{
    readonly string _origin;
    readonly string _type;
    readonly ImmutableArray<PaymentParty>.Builder _parties;
    readonly ImmutableArray<PaymentCode>.Builder _codes;
    readonly ImmutableArray<PaymentAmount>.Builder _amounts = ImmutableArray.CreateBuilder<PaymentAmount>();
    readonly ImmutableArray<PaymentText>.Builder _texts = ImmutableArray.CreateBuilder<PaymentText>();
    DateOnly? _executionDate;

    public MtMapper(string origin, string type, ImmutableArray<PaymentParty>.Builder parties, ImmutableArray<PaymentCode>.Builder codes)
    {
        _origin = origin;
        _type = type;
        _parties = parties;
        _codes = codes;
    }

    public PaymentIssue? Problem { get; private set; }
    public ImmutableArray<PaymentAmount> Amounts => _amounts.ToImmutable();
    public ImmutableArray<PaymentText> Texts => _texts.ToImmutable();

    bool FinancialInstitutionTransfer => _type is "202" or "205";

    public void Map(MtField field)
    {
        var inSequenceA = field.Sequence.Length == 0;
        switch (field.Number)
        {
            case "50":
                Party(_type == "101" && field.Option is "C" or "L" ? PaymentRole.InitiatingParty : PaymentRole.Debtor, field);
                return;
            case "51":
                Party(PaymentRole.InstructingAgent, field);
                return;
            case "52":
                Party(FinancialInstitutionTransfer && inSequenceA ? PaymentRole.Debtor : PaymentRole.DebtorAgent, field);
                return;
            case "53":
                Party(PaymentRole.SendersCorrespondent, field);
                return;
            case "54":
                Party(PaymentRole.ReceiversCorrespondent, field);
                return;
            case "55":
                Party(PaymentRole.ThirdReimbursementAgent, field);
                return;
            case "56":
                Party(PaymentRole.IntermediaryAgent, field);
                return;
            case "57":
                Party(PaymentRole.CreditorAgent, field);
                return;
            case "58":
                Party(PaymentRole.Creditor, field);
                return;
            case "59":
                Party(PaymentRole.Creditor, field);
                return;
        }
        switch (field.Tag)
        {
            case "20":
                Code(CodeKind.MessageId, field);
                break;
            case "21":
                Code(_type is "101" or "202" or "205" ? CodeKind.EndToEndId : CodeKind.OriginalReference, field);
                break;
            case "21R":
                Code(CodeKind.TransactionId, field);
                break;
            case "11S":
            case "11R":
                Code(CodeKind.OriginalReference, field);
                break;
            case "23B":
            case "23E":
            case "26T":
                Code(CodeKind.Instruction, field);
                break;
            case "71A":
                Code(CodeKind.ChargeBearer, field);
                break;
            case "30":
                _executionDate = Date(field, field.Lines[0].Trim());
                break;
            case "32A":
                SettlementAmount(field);
                break;
            case "32B":
                Amount(field, AmountKind.Instructed, _executionDate);
                break;
            case "33B":
                Amount(field, AmountKind.Instructed, null);
                break;
            case "70":
                Lines(TextKind.Remittance, field);
                break;
            case "77T":
                Lines(TextKind.Remittance, field);
                break;
            case "72":
                Lines(TextKind.BankToBank, field);
                break;
            case "77B":
                Regulatory(field);
                break;
            case "79":
            case "76":
            case "77A":
                Lines(TextKind.Narrative, field);
                break;
        }
    }

    void Party(PaymentRole role, MtField field)
    {
        var party = MtPartyReader.Read(role, field, out var problem);
        if (problem is { } p) Problem ??= PaymentIssue.At(_origin, p.At, p.Message);
        else if (party is not null) _parties.Add(party);
    }

    void Code(CodeKind kind, MtField field)
    {
        var value = field.Lines[0].Trim();
        if (value.Length == 0)
        {
            Problem ??= PaymentIssue.At(_origin, field.Place, "the field is empty");
            return;
        }
        _codes.Add(new PaymentCode(kind, value, field.PlaceOf(0)));
    }

    void Lines(TextKind kind, MtField field)
    {
        for (var i = 0; i < field.Lines.Length; i++)
        {
            var text = field.Lines[i].Trim();
            if (text.Length > 0) _texts.Add(new PaymentText(kind, text, field.PlaceOf(i)));
        }
    }

    /// <summary>:77B: holds <c>/CODE/CC//text</c> lines: the code is a regulatory reporting code; the text is kept too.</summary>
    void Regulatory(MtField field)
    {
        Lines(TextKind.Regulatory, field);
        var match = RegulatoryCode().Match(field.Lines[0]);
        if (match.Success) _codes.Add(new PaymentCode(CodeKind.RegulatoryReporting, match.Groups["code"].Value, field.PlaceOf(0)));
    }

    /// <summary>:32A: is YYMMDD, currency, amount with a decimal comma.</summary>
    void SettlementAmount(MtField field)
    {
        var value = field.Lines[0].Trim();
        if (field.Lines.Length > 1 && field.Lines[1..].Any(l => l.Trim().Length > 0))
        {
            Problem ??= PaymentIssue.At(_origin, field.PlaceOf(1), ":32A: is one line: date, currency, amount");
            return;
        }
        if (value.Length < 10)
        {
            Problem ??= PaymentIssue.At(_origin, field.PlaceOf(0), $"'{value}' is not date (YYMMDD), currency and amount");
            return;
        }
        var date = Date(field, value[..6]);
        if (date is null) return;
        Amount(field, AmountKind.Settlement, date, value[6..]);
    }

    void Amount(MtField field, AmountKind kind, DateOnly? date, string? text = null)
    {
        text ??= field.Lines[0].Trim();
        var match = AmountPattern().Match(text);
        if (!match.Success)
        {
            Problem ??= PaymentIssue.At(_origin, field.PlaceOf(0), $"'{text}' is not a currency and an amount with a decimal comma (EUR1234,56)");
            return;
        }
        var value = decimal.Parse(match.Groups["amount"].Value.Replace(',', '.').TrimEnd('.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        _amounts.Add(new PaymentAmount(kind, match.Groups["currency"].Value, value, date, field.PlaceOf(0)));
    }

    DateOnly? Date(MtField field, string text)
    {
        if (DateOnly.TryParseExact(text, "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Problem ??= PaymentIssue.At(_origin, field.PlaceOf(0), $"'{text}' is not a date (YYMMDD)");
        return null;
    }

    [GeneratedRegex(@"^(?<currency>[A-Z]{3})(?<amount>\d{1,15},\d{0,5})$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"^/(?<code>[A-Z0-9]{1,8})/", RegexOptions.CultureInvariant)]
    private static partial Regex RegulatoryCode();
}
