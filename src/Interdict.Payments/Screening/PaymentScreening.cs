using System.Collections.Immutable;
using Interdict.Core.Lists;
using Interdict.Core.Screening;
using Interdict.Rules.Evaluation;
using Interdict.Rules.Model;

namespace Interdict.Payments.Screening;

/// <summary>Screens a payment: every party and agent name against the lists, every BIC against the lists' identifiers
/// and for country KP, every country and address for a DPRK link, and free text for listed names; then decides
/// pass, review or hold through the rule evaluator, which gives the legal basis (<see cref="PaymentChecks"/>).</summary>
/// <remarks>
/// <para>Free text is searched with the screening engine's text mode (<see cref="ITextScreener"/>), which finds every
/// listed name anywhere in a line with its span.</para>
/// <para>Party queries are answered through a bounded cache (<see cref="PartyScreeningCache"/>): the agents of a
/// bank's traffic and many of its counterparties recur message after message. A screening object holds one screener
/// for its life; a list update means a new screening object, with an empty cache.</para>
/// <para>Thread-safe when the screener is (the Core contract says it is).</para>
/// </remarks>
public sealed class PaymentScreening
{
    readonly PartyScreeningCache _parties;
    readonly ITextScreener _text;
    readonly RuleEvaluator _evaluator;
    readonly PaymentScreeningOptions _options;

    /// <summary>Screening against <paramref name="screener"/>'s lists, which must also find names in text (the matching
    /// engine's <c>Screener</c> does both), decided under <paramref name="rulebook"/>.</summary>
    public PaymentScreening(IPartyScreener screener, Rulebook rulebook, PaymentScreeningOptions? options = null)
        : this(screener, TextScreenerOf(screener), rulebook, options)
    {
    }

    /// <summary>Screening of parties against <paramref name="screener"/> and of free text against
    /// <paramref name="text"/>, decided under <paramref name="rulebook"/>.</summary>
    public PaymentScreening(IPartyScreener screener, ITextScreener text, Rulebook rulebook, PaymentScreeningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(screener);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(rulebook);
        _options = options ?? new PaymentScreeningOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(_options.PartyCacheEntries);
        _parties = new PartyScreeningCache(screener, _options.PartyCacheEntries);
        _text = text;
        // No screener for the evaluator: the payment's parties are screened here, field by field, and reach it with the
        // designation found; screening them again would double the cost of every payment.
        _evaluator = new RuleEvaluator(rulebook, screener: null);
    }

    static ITextScreener TextScreenerOf(IPartyScreener screener)
    {
        ArgumentNullException.ThrowIfNull(screener);
        return screener as ITextScreener
            ?? throw new ArgumentException("the screener does not find names in text (ITextScreener); pass a text screener too", nameof(screener));
    }

    /// <summary>How often party queries were answered from the cache.</summary>
    public PartyCacheStatistics PartyCache => _parties.Statistics;

    /// <summary>The rulebook payments are decided under.</summary>
    public Rulebook Rulebook => _evaluator.Rulebook;

    /// <summary>Screens <paramref name="payment"/> against the lists and the rulebook in force on <paramref name="asOf"/>
    /// (the value date, when the caller has no other date).</summary>
    public PaymentScreeningResult Screen(Payment payment, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var findings = new PaymentFindings();
        foreach (var party in payment.Parties) ScreenParty(party, asOf, findings);
        foreach (var text in payment.Texts) ScreenText(text, asOf, findings);
        return PaymentChecks.Decide(payment, asOf, findings, _evaluator);
    }

    void ScreenParty(PaymentParty party, DateOnly asOf, PaymentFindings findings)
    {
        var finding = new PartyFinding(party);
        findings.Parties.Add(finding);
        if (party.Name is { } name)
        {
            foreach (var hit in _parties.Screen(new PartyQuery(name.Value, party.Kind), asOf))
            {
                if (hit.Score < _options.ReviewScore) break;
                var hold = hit.Score >= _options.HoldScore && _evaluator.Rulebook.Designates(hit.Entry);
                if (hold) finding.DesignatedBy(hit.Entry);
                else finding.SuspectedListed = true;
                findings.Hits.Add(new PaymentHit(name.Place, name.Value, hit.Entry.Source, hit.Entry.Reference, hit.Score,
                    hold ? PaymentOutcome.Hold : PaymentOutcome.Review, $"{party.Role} name matches {hit.MatchedName}"));
                break;
            }
        }
        if (party.Bic is { } bic)
        {
            var query = new PartyQuery("", PartyKind.Organization) { Identifiers = [BicIdentifier(bic.Value)] };
            var listed = _parties.Screen(query, asOf).FirstOrDefault(h => h.Score >= 1);
            if (listed is not null)
            {
                if (_evaluator.Rulebook.Designates(listed.Entry)) finding.DesignatedBy(listed.Entry);
                else finding.SuspectedListed = true;
                findings.Hits.Add(new PaymentHit(bic.Place, bic.Value, listed.Entry.Source, listed.Entry.Reference, 1, PaymentOutcome.Hold,
                    $"{party.Role} BIC is the listed {listed.Entry.PrimaryName.Full}"));
            }
            else if (Codes.BicCountry(bic.Value) == "KP")
            {
                finding.InDprk = true;
                findings.Hits.Add(new PaymentHit(bic.Place, bic.Value, "DPRK-link", "KP", 1, PaymentOutcome.Hold,
                    $"{party.Role} is a DPRK bank (BIC country KP)"));
            }
        }
        // The country and address are reported even for a designated party: the operator sees every field that hit.
        foreach (var country in new[] { party.Country, party.CountryOfResidence })
        {
            if (country is not null && country.Value == "KP")
            {
                // A bank's country is where it is established (a DPRK bank); a customer's may be residence only: a link to look at.
                if (party.IsAgent) finding.InDprk = true;
                else finding.DprkLink = true;
                findings.Hits.Add(new PaymentHit(country.Place, country.Value, "DPRK-link", "KP", 1,
                    party.IsAgent ? PaymentOutcome.Hold : PaymentOutcome.Review, $"{party.Role} country is KP"));
            }
        }
        foreach (var line in party.AddressLines)
        {
            if (DprkPlaces.Find(line.Value) is { } place)
            {
                finding.DprkLink = true;
                findings.Hits.Add(new PaymentHit(line.Place, line.Value, "DPRK-link", "KP", 1, PaymentOutcome.Review,
                    $"{party.Role} address names {place}"));
            }
        }
    }

    /// <summary>Finds listed names inside a line of free text: each entry the text mode finds at or above the text
    /// threshold is a hit of the line (once, at its best score), with the words that named it.</summary>
    void ScreenText(PaymentText text, DateOnly asOf, PaymentFindings findings)
    {
        var found = false;
        foreach (var name in Best(_text.ScreenText(text.Text, asOf)))
        {
            found = true;
            var hit = name.Hit;
            findings.NamedInText.Add(hit.MatchedName);
            var words = text.Text.Substring(name.Start, name.Length);
            findings.Hits.Add(new PaymentHit(text.Place, text.Text, hit.Entry.Source, hit.Entry.Reference, hit.Score, PaymentOutcome.Review,
                $"{text.Kind} text names {hit.MatchedName} (\"{words}\" at character {name.Start + 1})"));
        }
        if (!found && DprkPlaces.Find(text.Text) is { } place)
        {
            findings.DprkLinkInText = true;
            findings.Hits.Add(new PaymentHit(text.Place, text.Text, "DPRK-link", "KP", 1, PaymentOutcome.Review,
                $"{text.Kind} text names {place}"));
        }
    }

    /// <summary>The names at or above the text threshold, each entry once at its best score, in the order written.</summary>
    List<NameInText> Best(IReadOnlyList<NameInText> names)
    {
        var best = new List<NameInText>();
        foreach (var name in names)
        {
            if (name.Hit.Score < _options.TextScore) continue;
            var same = best.FindIndex(b => ReferenceEquals(b.Hit.Entry, name.Hit.Entry));
            if (same < 0) best.Add(name);
            else if (name.Hit.Score > best[same].Hit.Score) best[same] = name;
        }
        return best;
    }

    /// <summary>Lists carry BIC8 (<c>FTBDKPPY</c>); messages often add a branch (<c>FTBDKPPYXXX</c>).</summary>
    internal static Identifier BicIdentifier(string bic) => new(IdentifierKind.SwiftBic, bic.Length == 11 ? bic[..8] : bic);
}

/// <summary>What screening found in one payment: the hits by field, and what they say about each party.</summary>
sealed class PaymentFindings
{
    public List<PaymentHit> Hits { get; } = [];
    public List<PartyFinding> Parties { get; } = [];
    /// <summary>Listed names found in free text (suspected: free text does not say what part the name plays).</summary>
    public List<string> NamedInText { get; } = [];
    /// <summary>A DPRK place is named in free text.</summary>
    public bool DprkLinkInText { get; set; }
}

/// <summary>What screening established, or only suspects, about one party of a payment.</summary>
sealed class PartyFinding(PaymentParty party)
{
    public PaymentParty Party { get; } = party;
    /// <summary>Designated under the regime: an exact name or a listed BIC on a designating list.</summary>
    public bool Designated { get; private set; }
    /// <summary>A name or BIC hit that a person must confirm (inexact, or on a list that does not designate).</summary>
    public bool SuspectedListed { get; set; }
    /// <summary>Established in the DPRK: a bank with a KP BIC or country, or a listing with a DPRK address.</summary>
    public bool InDprk { get; set; }
    /// <summary>A DPRK link to look at: a customer's KP country or a DPRK place in an address.</summary>
    public bool DprkLink { get; set; }

    public void DesignatedBy(ListEntry entry)
    {
        Designated = true;
        // A listed bank is a DPRK bank when its listing places it in the DPRK (the UN list gives its Pyongyang address).
        if (entry.Addresses.Any(a => DprkPlaces.Find(a.ToString()) is not null)) InDprk = true;
    }
}
