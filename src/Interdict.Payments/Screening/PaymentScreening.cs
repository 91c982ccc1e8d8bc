using System.Collections.Immutable;
using Interdict.Core.Lists;
using Interdict.Core.Screening;

namespace Interdict.Payments.Screening;

/// <summary>Screens a payment: every party and agent name against the lists, every BIC against the lists' identifiers
/// and for country KP, every country and address for a DPRK link, and free text for listed names; then decides
/// pass, review or hold with the legal basis.</summary>
/// <remarks>
/// <para>Free text is searched by screening each run of two to six words as a name: a simple stand-in for the
/// screening engine's text mode, which will replace <see cref="ScreenText"/> when it is merged.</para>
/// <para>Thread-safe when the screener is (the Core contract says it is).</para>
/// </remarks>
public sealed class PaymentScreening
{
    const int MaxWindow = 6;
    readonly IPartyScreener _screener;
    readonly PaymentScreeningOptions _options;

    /// <summary>Screening against <paramref name="screener"/>'s lists.</summary>
    public PaymentScreening(IPartyScreener screener, PaymentScreeningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(screener);
        _screener = screener;
        _options = options ?? new PaymentScreeningOptions();
    }

    /// <summary>Screens <paramref name="payment"/> against the lists in force on <paramref name="asOf"/> (the value date,
    /// when the caller has no other date).</summary>
    public PaymentScreeningResult Screen(Payment payment, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var hits = new List<PaymentHit>();
        var basis = new List<LegalBasis>();
        foreach (var party in payment.Parties) ScreenParty(party, asOf, hits, basis);
        foreach (var text in payment.Texts) ScreenText(text, asOf, hits, basis);
        var outcome = hits.Count == 0 ? PaymentOutcome.Pass : hits.Max(h => h.Outcome);
        return new PaymentScreeningResult(outcome, [.. hits], [.. basis.Distinct()]);
    }

    void ScreenParty(PaymentParty party, DateOnly asOf, List<PaymentHit> hits, List<LegalBasis> basis)
    {
        var designated = false;
        if (party.Name is { } name)
        {
            foreach (var hit in _screener.Screen(new PartyQuery(name.Value, party.Kind), asOf))
            {
                if (hit.Score < _options.ReviewScore) break;
                var hold = hit.Score >= _options.HoldScore && IsDesignating(hit);
                designated |= hold;
                Add(hits, basis, new PaymentHit(name.Place, name.Value, hit.Entry.Source, hit.Entry.Reference, hit.Score,
                    hold ? PaymentOutcome.Hold : PaymentOutcome.Review, $"{party.Role} name matches {hit.MatchedName}"), _options.DesignatedBasis);
                if (hold && (party.IsAgent || party.IsInstitution)) basis.AddRange(_options.DprkBankBasis);
                break;
            }
        }
        if (party.Bic is { } bic)
        {
            var query = new PartyQuery("", PartyKind.Organization) { Identifiers = [new Identifier(IdentifierKind.SwiftBic, Bic8(bic.Value))] };
            var listed = _screener.Screen(query, asOf).FirstOrDefault(h => h.Score >= 1);
            if (listed is not null)
            {
                designated = true;
                Add(hits, basis, new PaymentHit(bic.Place, bic.Value, listed.Entry.Source, listed.Entry.Reference, 1, PaymentOutcome.Hold,
                    $"{party.Role} BIC is the listed {listed.Entry.PrimaryName.Full}"), _options.DesignatedBasis);
                basis.AddRange(_options.DprkBankBasis);
            }
            else if (Codes.BicCountry(bic.Value) == "KP")
            {
                Add(hits, basis, new PaymentHit(bic.Place, bic.Value, "DPRK-link", "KP", 1, PaymentOutcome.Hold,
                    $"{party.Role} is a DPRK bank (BIC country KP)"), _options.DprkBankBasis);
            }
        }
        // The country and address are reported even for a designated party: the operator sees every field that hit.
        foreach (var country in new[] { party.Country, party.CountryOfResidence })
        {
            if (country is not null && country.Value == "KP")
            {
                Add(hits, basis, new PaymentHit(country.Place, country.Value, "DPRK-link", "KP", 1,
                    party.IsAgent ? PaymentOutcome.Hold : PaymentOutcome.Review, $"{party.Role} country is KP"),
                    designated ? [] : party.IsAgent ? _options.DprkBankBasis : _options.DprkLinkBasis);
            }
        }
        foreach (var line in party.AddressLines)
        {
            if (DprkPlaces.Find(line.Value) is { } place)
            {
                Add(hits, basis, new PaymentHit(line.Place, line.Value, "DPRK-link", "KP", 1, PaymentOutcome.Review,
                    $"{party.Role} address names {place}"), designated ? [] : _options.DprkLinkBasis);
            }
        }
    }

    /// <summary>Finds listed names inside a line of free text: every run of two to six words is screened as a name,
    /// and the best hit of the line is kept.</summary>
    void ScreenText(PaymentText text, DateOnly asOf, List<PaymentHit> hits, List<LegalBasis> basis)
    {
        var words = text.Text.Split([' ', '/', ',', ':', ';', '\t'], StringSplitOptions.RemoveEmptyEntries);
        PartyHit? best = null;
        for (var start = 0; start < words.Length; start++)
        {
            for (var length = 2; length <= MaxWindow && start + length <= words.Length; length++)
            {
                var window = string.Join(' ', words, start, length);
                foreach (var hit in _screener.Screen(new PartyQuery(window), asOf))
                {
                    if (hit.Score >= _options.TextScore && (best is null || hit.Score > best.Score)) best = hit;
                    break;
                }
            }
        }
        if (best is not null)
        {
            Add(hits, basis, new PaymentHit(text.Place, text.Text, best.Entry.Source, best.Entry.Reference, best.Score, PaymentOutcome.Review,
                $"{text.Kind} text names {best.MatchedName}"), _options.DesignatedBasis);
        }
        else if (DprkPlaces.Find(text.Text) is { } place)
        {
            Add(hits, basis, new PaymentHit(text.Place, text.Text, "DPRK-link", "KP", 1, PaymentOutcome.Review,
                $"{text.Kind} text names {place}"), _options.DprkLinkBasis);
        }
    }

    bool IsDesignating(PartyHit hit) => string.Equals(hit.Entry.Source, _options.DesignatingList, StringComparison.OrdinalIgnoreCase);

    /// <summary>Lists carry BIC8 (<c>FTBDKPPY</c>); messages often add a branch (<c>FTBDKPPYXXX</c>).</summary>
    static string Bic8(string bic) => bic.Length == 11 ? bic[..8] : bic;

    static void Add(List<PaymentHit> hits, List<LegalBasis> basis, PaymentHit hit, ImmutableArray<LegalBasis> because)
    {
        hits.Add(hit);
        basis.AddRange(because);
    }
}
