using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Interdict.Core.Lists;
using Interdict.Rules.Checks;
using Interdict.Rules.Evaluation;

namespace Interdict.Payments.Screening;

/// <summary>Turns what screening found in a payment into <c>financial</c> checks (CHECK-FORMAT §1) as of the value
/// date and decides them with the rule evaluator, so that the outcome's legal basis is the rulebook's.</summary>
/// <remarks>
/// <para>Two questions are asked of the rulebook. First, what the established findings call for (a designated party, a
/// bank established in the DPRK): a <c>payment</c> check with every party, and for each DPRK bank acting as a bank a
/// <c>open_correspondent_relationship</c> check, because a payment routed to or through a bank runs over a correspondent
/// relationship with it (2270 op33 bans those with DPRK banks). An answer of prohibited, or of lawful only with a
/// Committee approval (which a payment cannot show), holds the payment. Otherwise, when
/// something hit, the findings a person must confirm are taken as confirmed (an inexact name as a designation, a DPRK
/// address as a DPRK party, a DPRK link as a transfer that could contribute to the programmes) and the answer names the
/// measure that would apply: the basis of the review.</para>
/// <para>A payment without hits is not evaluated: nothing in it engages a measure the rulebook could name.</para>
/// </remarks>
static class PaymentChecks
{
    static readonly FrozenDictionary<string, FactValue> CouldContribute = new Dictionary<string, FactValue>
    {
        ["contributes_to_prohibited_programmes"] = FactValue.Of(true),
    }.ToFrozenDictionary();

    public static PaymentScreeningResult Decide(Payment payment, DateOnly asOf, PaymentFindings findings, RuleEvaluator evaluator)
    {
        if (findings.Hits.Count == 0)
            return new PaymentScreeningResult(PaymentOutcome.Pass, [], [], "No field of the message hit a list or a DPRK link.");

        var id = payment.MessageId?.Value ?? "payment";
        var established = new List<Answer> { evaluator.Evaluate(PaymentCheck(id, asOf, findings, confirmed: false)) };
        foreach (var bank in findings.Parties.Where(p => p.InDprk && (p.Party.IsAgent || p.Party.IsInstitution)))
            established.Add(evaluator.Evaluate(CorrespondentCheck($"{id}/{bank.Party.Role}", asOf, bank)));
        // Lawful only with a Committee approval the payment does not carry (2270 op33's exemption) stops it as surely as a ban.
        var prohibited = established.Where(a => a.Decision >= Decision.RequiresCommitteeApproval).ToList();
        if (prohibited.Count > 0)
            return new PaymentScreeningResult(PaymentOutcome.Hold, [.. findings.Hits], BasisOf(prohibited), Explain("Held", prohibited));

        // Nothing established is prohibited on the value date (a hit may precede the measure it would engage): every hit
        // is for a person to confirm, and the basis is what would apply if it were.
        var ifConfirmed = evaluator.Evaluate(PaymentCheck(id, asOf, findings, confirmed: true));
        var applies = ifConfirmed.Decision == Decision.Permitted ? [] : new List<Answer> { ifConfirmed };
        return new PaymentScreeningResult(PaymentOutcome.Review, [.. findings.Hits], BasisOf(applies),
            applies.Count == 0 ? $"To review: {findings.Hits.Count} hit(s); if confirmed, {ifConfirmed.Explanation}"
                : Explain("To review; if the hits are confirmed", applies));
    }

    static Check PaymentCheck(string id, DateOnly asOf, PaymentFindings findings, bool confirmed)
    {
        var parties = ImmutableArray.CreateBuilder<Party>();
        foreach (var finding in findings.Parties)
        {
            var party = finding.Party;
            if (party.Name is null && party.Bic is null) continue;
            var designated = finding.Designated || confirmed && finding.SuspectedListed;
            var inDprk = finding.InDprk || confirmed && finding.DprkLink;
            parties.Add(ToParty(finding, designated, inDprk));
        }
        if (confirmed)
        {
            // Free text says a name, not the part it plays; someone the funds are for is the usual reason to name one there.
            foreach (var name in findings.NamedInText) parties.Add(new Party(name, "payee", null, null, true));
        }
        var link = confirmed && (findings.DprkLinkInText || findings.Parties.Any(p => p.DprkLink));
        return new Check
        {
            Id = id,
            Date = asOf,
            Activity = "financial",
            Action = "payment",
            Direction = "none",
            Parties = parties.ToImmutable(),
            Facts = link ? CouldContribute : FrozenDictionary<string, FactValue>.Empty,
        };
    }

    static Check CorrespondentCheck(string id, DateOnly asOf, PartyFinding bank) => new()
    {
        Id = id,
        Date = asOf,
        Activity = "financial",
        Action = "open_correspondent_relationship",
        Direction = "none",
        Parties = [ToParty(bank, bank.Designated, inDprk: true)],
    };

    static Party ToParty(PartyFinding finding, bool designated, bool inDprk)
    {
        var party = finding.Party;
        var bank = party.IsAgent || party.IsInstitution;
        var type = bank ? "bank" : party.Kind switch { PartyKind.Person => "individual", PartyKind.Organization => "company", _ => null };
        return new Party(party.Name?.Value ?? "", RoleOf(party.Role), inDprk ? "KP" : party.Country?.Value, type, designated ? true : null)
        {
            Identifiers = IdentifiersOf(party),
        };
    }

    /// <summary>What the party is known by that a list can carry: its BIC (the lists' SWIFT/BIC, as BIC8), any other BIC the
    /// message gives it, and its organisation or private ids (ISO <c>Othr/Id</c>, MT option F <c>1/</c>…) as registration
    /// numbers. Accounts, IBANs, clearing codes and birth data identify an account or a person's details, not a listing.</summary>
    internal static ImmutableArray<Identifier> IdentifiersOf(PaymentParty party)
    {
        var identifiers = ImmutableArray.CreateBuilder<Identifier>();
        if (party.Bic is { } bic) identifiers.Add(PaymentScreening.BicIdentifier(bic.Value));
        foreach (var id in party.Identifiers)
        {
            var identifier = id.Kind switch
            {
                PartyIdentifierKind.Bic => PaymentScreening.BicIdentifier(id.Value),
                PartyIdentifierKind.Other => new Identifier(IdentifierKind.Registration, id.Value),
                _ => null,
            };
            if (identifier is not null && !identifiers.Contains(identifier)) identifiers.Add(identifier);
        }
        return identifiers.ToImmutable();
    }

    static string RoleOf(PaymentRole role) => role switch
    {
        PaymentRole.Debtor or PaymentRole.UltimateDebtor or PaymentRole.InitiatingParty => "payer",
        PaymentRole.Creditor or PaymentRole.UltimateCreditor => "payee",
        _ => "bank",
    };

    static ImmutableArray<LegalBasis> BasisOf(IEnumerable<Answer> answers) =>
        [.. answers.SelectMany(a => a.Basis).Where(c => c.Paragraph is not null).Select(c => new LegalBasis(c.Resolution, c.Paragraph!)).Distinct()];

    static string Explain(string outcome, List<Answer> answers) =>
        string.Create(CultureInfo.InvariantCulture, $"{outcome}: {string.Join(" ", answers.Select(a => a.Explanation))}");
}
