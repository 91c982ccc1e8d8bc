using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Interdict.Core.Lists;
using Interdict.Core.Screening;
using Interdict.Rules.Checks;
using Interdict.Rules.Hs;
using Interdict.Rules.Model;

namespace Interdict.Rules.Evaluation;

/// <summary>Decides checks against a rulebook as of each check's date: which measures apply, which exemption or cap
/// fits the facts, who is designated, and why.</summary>
/// <remarks>Thread-safe: the rulebook is immutable and each evaluation keeps its state on the stack.
/// <para>Screening policy: every named party and the vessel are screened through <see cref="IPartyScreener"/> as of the
/// check's date; the hits it returns (already at its default threshold) on an entry of a designating list of the rulebook (<see cref="Rulebook.Designates"/>) are reported, and
/// those scored at least <see cref="DesignationScore"/> count as designation. A party stated <c>designated: true</c> is
/// designated without screening; one stated <c>designated: false</c> is still screened, but its hits are reported, not
/// decisive. A reported hit that decides nothing sets the flag <c>screening_hit_not_decisive</c>.</para></remarks>
public sealed class RuleEvaluator
{
    /// <summary>The least score of a screening hit that makes a party designated in a decision.</summary>
    /// <remarks>Designation turns an answer into <c>prohibited</c>, a legal conclusion; a hit below this rests on a typo,
    /// a missing given name or generic words (<c>Kim Chol</c> against KIM YONG CHOL scores 0.85, <c>Korea General Trading
    /// Corporation</c> against KOREA DAESONG GENERAL TRADING CORPORATION 0.86) and is an alert for an analyst, reported
    /// in <c>party_hits</c> and flagged. On the names development set 95.6 % of true hits score at least 0.90.</remarks>
    public const double DesignationScore = 0.90;

    private readonly Rulebook _rulebook;
    private readonly IPartyScreener? _screener;
    private readonly FrozenDictionary<string, ImmutableArray<Measure>> _tightenedParentsOf;
    private readonly FrozenDictionary<string, ImmutableArray<Measure>> _clarifiedParentsOf;
    private readonly ImmutableArray<(Measure Measure, Exemption Exemption)> _savingClauses;
    private static readonly List<Good> NoGoods = [];

    /// <summary>Creates an evaluator.</summary>
    /// <param name="rulebook">The regime's rulebook.</param>
    /// <param name="screener">The party screener; null screens nobody (only parties stated designated count).</param>
    public RuleEvaluator(Rulebook rulebook, IPartyScreener? screener)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        _rulebook = rulebook;
        _screener = screener;
        // A measure that another one tightens or clarifies is cited with it (2094 op23 is a list under 1718 op8(a)(iii)).
        _tightenedParentsOf = ParentsBy(rulebook, m => m.Relations.TightenedBy);
        _clarifiedParentsOf = ParentsBy(rulebook, m => m.Relations.ClarifiedBy);
        _savingClauses = [.. rulebook.Measures.SelectMany(m => m.Exemptions.Where(e => e.SavingClause).Select(e => (m, e)))];
    }

    private static FrozenDictionary<string, ImmutableArray<Measure>> ParentsBy(Rulebook rulebook, Func<Measure, ImmutableArray<string>> children) =>
        rulebook.Measures
            .SelectMany(parent => children(parent).Select(child => (child, parent)))
            .GroupBy(p => p.child, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.parent).ToImmutableArray(), StringComparer.Ordinal);

    /// <summary>The rulebook decided against.</summary>
    public Rulebook Rulebook => _rulebook;

    /// <summary>Decides one check.</summary>
    /// <exception cref="ArgumentException">The check names a proposal the rulebook does not have.</exception>
    public Answer Evaluate(Check check)
    {
        ArgumentNullException.ThrowIfNull(check);
        Proposal? proposal = null;
        if (check.ProposalId is { } proposalId)
        {
            proposal = _rulebook.FindProposal(proposalId)
                ?? throw new ArgumentException($"scenario names proposal '{proposalId}', which the rulebook does not have ({string.Join(", ", _rulebook.Proposals.Select(p => p.Id))})");
        }
        else if (check.Scenario != "in_force")
        {
            throw new ArgumentException($"scenario '{check.Scenario}' is neither in_force nor proposal:<id>");
        }
        var effects = proposal is null ? default : _rulebook.EffectsOf(proposal);

        var categories = check.Goods.Select(g => _rulebook.CategoriesOf(g.Category)).ToImmutableArray();
        var context = new CheckContext(check, Screen(check), categories);
        var outcomes = new List<RuleOutcome>();
        var enforcement = new List<MeasureRule>();
        var flags = new SortedSet<string>(StringComparer.Ordinal);
        var notes = new List<string>();

        foreach (var rule in _rulebook.Rules)
        {
            var measure = rule.Measure;
            if (!measure.Validity.Contains(check.Date) || rule.Validity is { } rv && !rv.Contains(check.Date)) continue;
            if (!Applies(rule, context, out var goods, flags, notes)) continue;
            switch (rule.Effect)
            {
                case RuleEffect.Flag: flags.Add(rule.Flag!); continue;
                case RuleEffect.Enforcement: enforcement.Add(rule); continue;
            }
            var lift = effects.Lifts.IsDefault ? null : effects.Lifts.FirstOrDefault(l => l.MeasureId == measure.Id);
            if (lift is not null && rule.Effect == RuleEffect.Cap && CarriedCapOwner(measure, check.Date) is { } owner
                && !effects.Lifts.Any(l => l.MeasureId == owner))
                lift = null; // the ceiling it carries is another measure's, which the proposal leaves in force
            outcomes.Add(lift is not null
                ? new RuleOutcome(rule, Decision.Permitted, $"{proposal!.Id}: would lift {measure.Id} ({lift.What})", null, null, null,
                    $"{Describe(measure)} would be lifted by {proposal.Id} ({lift.What}; {lift.Confidence.Level} confidence)")
                : Decide(rule, context, goods, proposal, effects.Exemptions, notes, flags) with { Goods = goods });
        }

        var decision = outcomes.Count == 0 ? Decision.Permitted : outcomes.Max(o => o.Decision);
        var basis = new List<Citation>();
        foreach (var outcome in outcomes) AddBasis(basis, outcome, check.Date);
        if (decision == Decision.Prohibited)
        {
            foreach (var rule in enforcement)
            {
                foreach (var c in rule.Citations) AddOnce(basis, c);
                flags.Add(rule.Flag!);
            }
        }
        foreach (var (measure, clause) in _savingClauses)
        {
            if (!measure.Validity.Contains(check.Date) || !clause.InForce(check.Date) || clause.When?.Evaluate(context, null) is not Truth.Yes) continue;
            if (clause.CitationOn(check.Date) is { } c) AddOnce(basis, c);
            notes.Add($"{clause.Id} ({clause.Citations.FirstOrDefault().Citation}): {clause.Summary}");
        }
        if (context.Parties.Any(p => p.Hits.Any(h => !p.HitsDecisive || !IsDecisive(h)))) flags.Add("screening_hit_not_decisive");
        if (context.Parties.Any(p => p.TypeDiffersFromList)) flags.Add("party_type_differs_from_list");
        FlagUnknownHsCodes(check, flags, notes);

        var deciding = outcomes.Where(o => o.Decision == decision).ToList();
        var exemption = deciding.Select(o => o.ExemptionLabel).FirstOrDefault(l => l is not null);
        var cap = outcomes.Select(o => o.Cap).FirstOrDefault(c => c is not null);
        return new Answer(check.Id, decision, [.. basis], exemption, cap, PartyHits(context), [.. flags],
            Explain(check, decision, outcomes, context, notes, proposal));
    }

    private static bool Applies(MeasureRule rule, CheckContext context, out List<Good> goods, SortedSet<string> flags, List<string> notes)
    {
        // Most rules fail on activity or direction: only rules on goods get a list of their own.
        goods = NoGoods;
        var check = context.Check;
        if (!rule.Activities.Contains(check.Activity)) return false;
        if (rule.Actions.Count > 0 && (check.Action is null || !rule.Actions.Contains(check.Action))) return false;
        if (rule.Directions.Count > 0 && !rule.Directions.Contains(check.Direction)
            && !(check.Direction == "both" && (rule.Directions.Contains("to_dprk") || rule.Directions.Contains("from_dprk"))))
            return false; // a two-way exchange ("both") moves goods to and from the DPRK
        if (rule.OnGoods)
        {
            var scope = rule.Measure.Goods!;
            goods = new List<Good>(check.Goods.Length);
            for (var i = 0; i < check.Goods.Length; i++)
            {
                var match = scope.Match(check.Goods[i], context.GoodsCategories[i]);
                if (match.Review) flags.Add("hs_review");
                if (match.Truth == Truth.Yes) goods.Add(check.Goods[i]);
                else if (match.Truth == Truth.Unknown && rule.Effect is RuleEffect.Prohibit or RuleEffect.Cap)
                    notes.Add($"{Describe(rule.Measure)} would apply to '{check.Goods[i].Description}' if established: {match.Reason}.");
            }
            if (goods.Count == 0) return false;
        }
        if (rule.Parties is { } parties && !parties.Matches(context)) return false;
        if (rule.When is null) return true;
        var missing = rule.Actions.Count > 0 ? new List<string>() : null;
        var truth = rule.When.Evaluate(context, missing);
        // A rule aimed at this very action that only lacks a fact is worth naming (a work authorization above the
        // baseline); broad rules (catch-alls, ship-to-ship transfers) would only add noise.
        if (truth == Truth.Unknown && missing is { Count: > 0 } && rule.Effect is RuleEffect.Prohibit or RuleEffect.Cap)
            notes.Add($"{Describe(rule.Measure)} would apply if {string.Join(", ", missing.Distinct())} were established ({rule.When.Describe()}).");
        return truth == Truth.Yes;
    }

    private RuleOutcome Decide(MeasureRule rule, CheckContext context, List<Good> goods, Proposal? proposal,
        ImmutableArray<ProposalExemption> proposalExemptions, List<string> notes, SortedSet<string> flags)
    {
        var outcome = DecideAction(rule, context, goods, proposal, proposalExemptions, notes, flags);
        // Expanding an existing JV keeps it going: where the rule covers keeping it too (2375 op18), the JV must itself be
        // lawful (a closure window, a carve-out, an approval), or the expansion is prohibited with it (CHECK-FORMAT §4).
        if (!context.Check.ExpandsExisting || rule.Actions.Count > 0 && !rule.Actions.Contains("maintain")) return outcome;
        var kept = new CheckContext(context.Check with { Action = "maintain" }, context.Parties, context.GoodsCategories);
        var keeping = DecideAction(rule, kept, goods, proposal, proposalExemptions, notes, flags);
        return keeping.Decision > outcome.Decision ? keeping with { Reason = $"The expansion keeps the existing joint venture going: {keeping.Reason}" } : outcome;
    }

    private RuleOutcome DecideAction(MeasureRule rule, CheckContext context, List<Good> goods, Proposal? proposal,
        ImmutableArray<ProposalExemption> proposalExemptions, List<string> notes, SortedSet<string> flags)
    {
        var measure = rule.Measure;
        var reasons = new List<string>();
        Cap? exceeded = null; // the ceiling the supply does not fit: its measure is cited with the prohibition
        if (rule.Effect == RuleEffect.Cap)
        {
            var result = CapEvaluation.Evaluate(measure, context, goods, context.GoodsCategories);
            exceeded = result.Cap;
            NoteUnverified(result, notes, flags);
            if (result.Answer is not null)
                return new RuleOutcome(rule, Decision.CapApplies, null, null, result.Answer, result.Cap,
                    $"{Describe(measure)} allows it only within {result.Cap!.Id} and its conditions");
            reasons.AddRange(result.Failures);
            foreach (var m in result.Missing) notes.Add($"{Describe(measure)}: the cap would apply if {m} were established.");
            if (result.Cap is null) FlagOpenQuestions(measure.Id, flags);
        }

        // The goods together first (one exemption for all of them); notes and flags are kept aside until it is known
        // whether the goods together or each good on its own decides.
        var togetherNotes = new List<string>();
        var togetherFlags = new SortedSet<string>(StringComparer.Ordinal);
        var best = BestExemption(rule, context, goods, goods, proposal, proposalExemptions, togetherNotes, togetherFlags);
        if (goods.Count > 1 && EachGoodOnItsOwn(rule, context, goods, proposal, proposalExemptions, best?.Decision ?? Decision.Prohibited, notes, flags) is { } split)
            return split;
        notes.AddRange(togetherNotes);
        flags.UnionWith(togetherFlags);
        if (best is not null) return best;
        var why = reasons.Count > 0 ? $": {string.Join("; ", reasons)}" : "";
        return new RuleOutcome(rule, Decision.Prohibited, null, null, null, exceeded, $"{Describe(measure)} prohibits it{why}");
    }

    // The least restrictive outcome any exemption of the rule (or of the what-if proposal) gives the goods, or null when
    // none fits. A cap is counted on the matched goods the exemption covers (see TryExemption).
    private RuleOutcome? BestExemption(MeasureRule rule, CheckContext context, List<Good> goods, List<Good> matched, Proposal? proposal,
        ImmutableArray<ProposalExemption> proposalExemptions, List<string> notes, SortedSet<string> flags)
    {
        var measure = rule.Measure;
        RuleOutcome? best = null;
        foreach (var (exemption, citation) in ExemptionsFor(rule, context.Check.Date))
        {
            var outcome = TryExemption(rule, exemption, citation, context, goods, matched, notes, flags);
            if (outcome is not null && (best is null || outcome.Decision < best.Decision)) best = outcome;
        }
        if (proposal is not null)
        {
            foreach (var px in proposalExemptions)
            {
                if (!px.MeasureIds.Contains(measure.Id)) continue;
                if (!px.Evaluable) { notes.Add($"{px.Id} ({px.What}) cannot be applied: {px.Note}"); continue; }
                var missing = new List<string>();
                var truth = px.When?.Evaluate(context, missing) ?? Truth.Yes;
                if (truth == Truth.Yes && (best is null || best.Decision > Decision.PermittedWithExemption))
                    best = new RuleOutcome(rule, Decision.PermittedWithExemption, $"{px.Id}: {px.What}", null, null, null,
                        $"{Describe(measure)} applies, but {proposal.Id} would exempt it ({px.What})");
                else if (truth == Truth.Unknown)
                    notes.Add($"{px.Id} would exempt it if {string.Join(", ", missing)} were established ({px.When!.Describe()}).");
            }
        }
        return best;
    }

    // Goods of one measure that no single exemption covers together (coal under the capped livelihood exemption, pig
    // iron under the iron one; aircraft brakes under the spare-parts carve-out, a pump under a Committee approval that
    // covers it alone) are each decided by their own exemption, in the same order and on the same rules, and the measure
    // decides the most restrictive of their outcomes (CHECK-FORMAT §2, §4). Null, and nothing noted, unless that is less
    // restrictive than the goods together: a good no exemption covers keeps the measure's answer as it was.
    private RuleOutcome? EachGoodOnItsOwn(MeasureRule rule, CheckContext context, List<Good> goods, Proposal? proposal,
        ImmutableArray<ProposalExemption> proposalExemptions, Decision together, List<string> notes, SortedSet<string> flags)
    {
        var ownNotes = new List<string>();
        var ownFlags = new SortedSet<string>(StringComparer.Ordinal);
        var outcomes = new RuleOutcome[goods.Count];
        for (var i = 0; i < goods.Count; i++)
        {
            var outcome = BestExemption(rule, context, [goods[i]], goods, proposal, proposalExemptions, ownNotes, ownFlags);
            if (outcome is null || outcome.Decision >= together) return null;
            outcomes[i] = outcome;
        }
        notes.AddRange(ownNotes);
        flags.UnionWith(ownFlags);

        var measure = rule.Measure;
        var decision = outcomes.Max(o => o.Decision);
        var deciding = outcomes.First(o => o.Decision == decision);
        var capped = outcomes.FirstOrDefault(o => o.Cap is not null);
        var described = Describe(measure);
        var reason = new StringBuilder(described)
            .Append(" applies to goods that no single exemption covers together, so each good is decided by its own exemption: ");
        for (var i = 0; i < goods.Count; i++)
        {
            var good = goods[i];
            var own = outcomes[i].Reason.StartsWith(described, StringComparison.Ordinal) ? measure.Id + outcomes[i].Reason[described.Length..] : outcomes[i].Reason;
            if (i > 0) reason.Append("; ");
            reason.Append(CultureInfo.InvariantCulture, $"'{good.Description}'{(good.Hs is { } hs ? $" ({hs})" : "")}, {outcomes[i].Decision.ToWire()}: {own}");
        }
        return new RuleOutcome(rule, decision, deciding.ExemptionLabel, deciding.ExemptionCitation, capped?.Cap, capped?.CapSource, reason.ToString())
        {
            ExemptionCitations = [.. outcomes.Select(o => o.ExemptionCitation).OfType<Citation>().Distinct()],
        };
    }

    private IEnumerable<(Exemption Exemption, Citation? Citation)> ExemptionsFor(MeasureRule rule, DateOnly date)
    {
        foreach (var exemption in rule.Measure.Exemptions)
        {
            if (!exemption.InForce(date)) continue;
            if (exemption.RuleIds.Count > 0 && (rule.Id is null || !exemption.RuleIds.Contains(rule.Id))) continue;
            yield return (exemption, exemption.CitationOn(date));
        }
        foreach (var general in _rulebook.GeneralExemptions)
        {
            if (!general.InForce(date) || general.When is null) continue;
            if (general.GoodsMeasuresOnly && !rule.OnGoods) continue;
            yield return (general, general.CitationOn(date));
        }
    }

    // goods: the goods the exemption must cover (the rule's matched goods, or one of them when each is decided on its
    // own); matched: all the goods the rule matched, which a cap counts (as far as the exemption covers them) whether it
    // is tried for all of them or for one.
    private RuleOutcome? TryExemption(MeasureRule rule, Exemption exemption, Citation? citation, CheckContext context, List<Good> goods,
        List<Good> matched, List<string> notes, SortedSet<string> flags)
    {
        var measure = rule.Measure;
        var check = context.Check;
        if (exemption.Goods is { } scope)
        {
            // The goods the rule matched, or the check's goods when the rule is not about goods (the 2270 op8 catch-all
            // reaches any item; its food-and-medicine exclusion is tested on the goods declared). No goods, no exemption.
            IReadOnlyList<Good> tested = goods.Count > 0 ? goods : check.Goods;
            if (tested.Count == 0) return null;
            foreach (var good in tested)
            {
                if (scope.Match(good, _rulebook.CategoriesOf(good.Category)).Truth != Truth.Yes) return null;
            }
        }
        if (exemption.Actions.Count > 0 && (check.Action is null || !exemption.Actions.Contains(check.Action))) return null;
        var missing = new List<string>();
        var truth = exemption.When?.Evaluate(context, missing) ?? Truth.Yes;
        if (truth == Truth.No)
        {
            if (!exemption.SavingClause && FailedParts(exemption.When!, context) is { Count: > 0 } failed)
                notes.Add($"{exemption.Id} does not apply: {string.Join("; ", failed)} does not hold.");
            return null;
        }
        if (!exemption.Applied)
        {
            notes.Add($"{exemption.Id} is recorded but not applied ({exemption.Doubt}).");
            FlagOpenQuestions(exemption.Id, flags);
            return null;
        }
        if (truth == Truth.Unknown)
        {
            var general = exemption.Citations.Length > 1 || _rulebook.GeneralExemptions.Contains(exemption);
            if (!general && !exemption.SavingClause)
                notes.Add($"{exemption.Id} would apply if {string.Join(", ", missing.Distinct())} were established ({exemption.When!.Describe()}).");
            return null;
        }
        var label = exemption.Id;
        switch (exemption.Kind)
        {
            case ExemptionKind.OutsideScope:
                return new RuleOutcome(rule, Decision.Permitted, label, citation, null, null, $"{Describe(measure)} does not cover it: {exemption.Summary}");
            case ExemptionKind.SelfApplied:
                return new RuleOutcome(rule, Decision.PermittedWithExemption, label, citation, null, null,
                    $"{Describe(measure)} applies, but {exemption.Id} covers it: {exemption.Summary}{Duty(exemption, check)}");
            case ExemptionKind.Cap:
                var counted = ReferenceEquals(goods, matched) || exemption.Goods is not { } capScope
                    ? matched
                    : matched.FindAll(g => capScope.Match(g, _rulebook.CategoriesOf(g.Category)).Truth == Truth.Yes);
                var result = CapEvaluation.Evaluate(measure, context, counted, context.GoodsCategories);
                NoteUnverified(result, notes, flags);
                if (result.Answer is not null)
                    return new RuleOutcome(rule, Decision.CapApplies, label, citation, result.Answer, result.Cap,
                        $"{Describe(measure)} applies; {exemption.Id} allows it only within {result.Cap!.Id} and its conditions");
                foreach (var m in result.Missing) notes.Add($"{exemption.Id}: the cap would apply if {m} were established.");
                if (result.Failures.Count > 0) notes.Add($"{exemption.Id} does not fit: {string.Join("; ", result.Failures)}.");
                return null;
            default:
                if (check.CommitteeApproval is { } approval && approval.CountsFor(check.Date, goods.Count > 0 ? goods : check.Goods))
                    return new RuleOutcome(rule, Decision.PermittedWithExemption, label, citation, null, null,
                        $"{Describe(measure)} applies, but the Committee approval held{(approval.Id is null ? "" : $" ({approval.Id})")} covers it under {exemption.Id}");
                if (check.CommitteeApproval is not null)
                    notes.Add(ReferenceEquals(goods, matched)
                        ? $"The Committee approval given does not count for {exemption.Id}: it is out of date or does not cover the goods."
                        : $"The Committee approval given does not count for {exemption.Id} on '{goods[0].Description}': it is out of date or does not cover it.");
                if (check.IsOngoing)
                    return new RuleOutcome(rule, Decision.Prohibited, null, citation, null, null,
                        $"{Describe(measure)} applies and the activity is going on without the Committee approval {exemption.Id} requires");
                return new RuleOutcome(rule, Decision.RequiresCommitteeApproval, label, citation, null, null,
                    $"{Describe(measure)} applies; it may go ahead only with the Committee's prior case-by-case approval ({exemption.Id}: {exemption.Summary})");
        }
    }

    // A code the nomenclature does not have (9999.99, or one an HS revision deleted: 8803.30 is 8807.30 since
    // HS 2022) matches no measure by its code, so an answer without this flag would look like a clean "permitted".
    private static void FlagUnknownHsCodes(Check check, SortedSet<string> flags, List<string> notes)
    {
        for (var i = 0; i < check.Goods.Length; i++)
        {
            if (check.Goods[i].Hs is not { } code || HsNomenclature.Embedded.Names(code)) continue;
            flags.Add("hs_code_unknown");
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"goods[{i}].hs {code} is not a code of the HS nomenclature (HS 2022): no measure could be matched by it, so the answer rests on the other facts only; check the code."));
        }
    }

    // An answer that rests on a provisional reading of the research says so: open_question:OQ-05.
    private static void NoteUnverified(CapEvaluation.Result result, List<string> notes, SortedSet<string> flags)
    {
        if (result.Unverified.Count == 0) return;
        notes.AddRange(result.Unverified.Select(u => u + "."));
        flags.Add("cap_headroom_unverified");
    }

    private void FlagOpenQuestions(string itemId, SortedSet<string> flags)
    {
        foreach (var question in _rulebook.OpenQuestionsOn(itemId)) flags.Add($"open_question:{question.Id}");
    }

    // The parts of an all-of condition that fail, named only when another part holds, so that the explanation
    // speaks of exemptions the check came close to (a window missed by date, a notification not made).
    private static List<string> FailedParts(Condition condition, CheckContext context)
    {
        if (condition is not CombinedCondition { RequireAll: true } all) return [];
        var failed = new List<string>();
        var held = false;
        foreach (var part in all.Parts)
        {
            var truth = part.Evaluate(context, null);
            if (truth == Truth.No) failed.Add(part.Describe());
            held |= truth == Truth.Yes;
        }
        return held ? failed : [];
    }

    private static string Duty(Exemption exemption, Check check) =>
        exemption.Mechanism == "wind_down" && exemption.When?.ToString() is { } text && text.Contains("committee_notification_date", StringComparison.Ordinal)
            && !check.Facts.ContainsKey("committee_notification_date")
            ? $" The State must still notify the Committee ({text})."
            : "";

    private void AddBasis(List<Citation> basis, RuleOutcome outcome, DateOnly date)
    {
        foreach (var c in outcome.Rule.Citations) AddOnce(basis, c);
        if (outcome.ExemptionCitation is { } ec) AddOnce(basis, ec);
        foreach (var c in outcome.ExemptionCitations) AddOnce(basis, c);
        if (outcome.CapSource is { } cap && cap.MeasureId != outcome.Rule.Measure.Id && _rulebook.FindMeasure(cap.MeasureId) is { } owner)
        {
            foreach (var c in owner.Citations) AddOnce(basis, c);
        }
        if (_tightenedParentsOf.TryGetValue(outcome.Rule.Measure.Id, out var tightened))
        {
            foreach (var parent in tightened)
            {
                if (!parent.Validity.Contains(date) || !CoversAnyGood(parent, outcome.Goods, date)) continue;
                foreach (var c in parent.Citations) AddOnce(basis, c);
            }
        }
        // A clarification states what the clarified measure covers (fishing rights under the seafood ban): always cited.
        if (_clarifiedParentsOf.TryGetValue(outcome.Rule.Measure.Id, out var clarified))
        {
            foreach (var parent in clarified)
            {
                if (!parent.Validity.Contains(date)) continue;
                foreach (var c in parent.Citations) AddOnce(basis, c);
            }
        }
    }

    // A parent with goods of its own (2321 op30: new vessels) is cited only for goods it covers itself.
    private bool CoversAnyGood(Measure parent, IReadOnlyList<Good> goods, DateOnly date)
    {
        if (parent.Goods is not { } scope || goods.Count == 0) return true;
        if (!parent.Rules.Any(r => r.OnGoods && (r.Validity is not { } v || v.Contains(date)))) return true;
        foreach (var good in goods)
        {
            if (scope.Match(good, _rulebook.CategoriesOf(good.Category)).Truth == Truth.Yes) return true;
        }
        return false;
    }

    private static void AddOnce(List<Citation> basis, Citation citation)
    {
        if (!basis.Contains(citation)) basis.Add(citation);
    }

    private List<PartyFinding> Screen(Check check)
    {
        var findings = new List<PartyFinding>(check.Parties.Length + 1);
        foreach (var party in check.Parties)
        {
            IReadOnlyList<PartyHit> hits = [];
            var typeDiffers = false;
            if (party.Designated != true && (!string.IsNullOrWhiteSpace(party.Name) || party.Identifiers.Length > 0))
            {
                var query = new PartyQuery(party.Name, KindOf(party.Type)) { Nationality = party.Country, Identifiers = party.Identifiers };
                hits = ScreenName(query, check.Date);
                if (hits.Count == 0 && query.Kind != PartyKind.Unknown)
                {
                    hits = SameNameOfAnotherKind(query, check.Date);
                    typeDiffers = hits.Count > 0;
                }
            }
            var designated = party.Designated ?? Designates(hits);
            findings.Add(new PartyFinding(party.Name, party.Role, party.Type, party.Country, designated, hits, party.Designated is null, typeDiffers));
        }
        if (check.Vessel is { } vessel)
        {
            IReadOnlyList<PartyHit> hits = [];
            if (vessel.Designated != true && (vessel.Name is not null || vessel.Imo is not null))
            {
                var query = new PartyQuery(vessel.Name ?? vessel.Imo!, PartyKind.Vessel)
                {
                    Identifiers = vessel.Imo is null ? [] : [new Identifier(IdentifierKind.Imo, vessel.Imo)],
                };
                hits = ScreenName(query, check.Date);
            }
            findings.Add(new PartyFinding(vessel.Name ?? vessel.Imo ?? "(vessel)", "vessel", "vessel", vessel.Flag,
                vessel.Designated ?? Designates(hits), hits, vessel.Designated is null));
        }
        return findings;
    }

    /// <summary>The least score of a hit on a listed name of another kind than the party's declared type: the same name
    /// (1.0) or its words reordered (0.98). A person's name given as a company's (or the reverse) is a slip of the
    /// declaration, not a different party; anything less exact is not carried across kinds.</summary>
    private const double SameNameScore = 0.98;

    /// <summary>Hits on entries of another kind than the declared one, for the same name only.</summary>
    private IReadOnlyList<PartyHit> SameNameOfAnotherKind(PartyQuery query, DateOnly date) =>
        [.. ScreenName(query with { Kind = PartyKind.Unknown }, date).Where(h => h.Score >= SameNameScore)];

    /// <summary>The measure whose ceiling <paramref name="measure"/> carries on <paramref name="date"/>, when it is
    /// another's: 2397 op5 carries the 2375 op14 fourth-quarter ceiling from 2017-12-22 to 2017-12-31 (digest M-2397-5
    /// transition), so a proposal that lifts 2397 op5 alone leaves that ceiling standing.</summary>
    private static string? CarriedCapOwner(Measure measure, DateOnly date)
    {
        foreach (var cap in measure.Caps)
        {
            if (cap.Operative && cap.PeriodOn(date) is not null) return cap.MeasureId != measure.Id ? cap.MeasureId : null;
        }
        return null;
    }

    private static bool Designates(IReadOnlyList<PartyHit> hits) => hits.Any(IsDecisive);

    private static bool IsDecisive(PartyHit hit) => hit.Score >= DesignationScore;

    private IReadOnlyList<PartyHit> ScreenName(PartyQuery query, DateOnly date)
    {
        if (_screener is null) return [];
        var hits = _screener.Screen(query, date);
        if (hits.Count == 0) return hits;
        return [.. hits.Where(h => IsRegimeEntry(h.Entry) && (h.Entry.ListedOn is not { } listed || listed <= date))];
    }

    // Which listings designate is the rulebook's data (designating_lists), not the evaluator's: it names no list or regime.
    private bool IsRegimeEntry(ListEntry entry) => _rulebook.Designates(entry);

    private static PartyKind KindOf(string? type) => type switch
    {
        "individual" => PartyKind.Person,
        null or "other" => PartyKind.Unknown,
        _ => PartyKind.Organization,
    };

    private static ImmutableArray<PartyHitAnswer> PartyHits(CheckContext context)
    {
        var result = ImmutableArray.CreateBuilder<PartyHitAnswer>();
        foreach (var finding in context.Parties)
        {
            foreach (var hit in finding.Hits)
            {
                result.Add(new PartyHitAnswer(finding.Name, finding.Role, hit.Entry.Reference, hit.Entry.ListedOn, hit.MatchedName, hit.Score,
                    hit.Version.Label, finding.HitsDecisive && IsDecisive(hit)));
            }
            if (finding.Designated && finding.Hits.Count == 0)
                result.Add(new PartyHitAnswer(finding.Name, finding.Role, null, null, null, null, null, true));
        }
        return result.ToImmutable();
    }

    /// <summary>How an explanation names a measure: its id, paragraphs and days in force
    /// (<c>M-2321-26 (2321 op26, in force from 2016-11-30 to 2017-08-04)</c>), so that a reader of the explanation
    /// (the console's plain sentences) can find it there.</summary>
    public static string Describe(Measure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return Descriptions.GetValue(measure, DescribeOnce);
    }

    // Descriptions are the same for every check: built once per measure.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Measure, string> Descriptions = new();

    private static string DescribeOnce(Measure measure) =>
        $"{measure.Id} ({string.Join(", ", measure.Citations)}, in force from {measure.Validity.From:yyyy-MM-dd}{(measure.Validity.LastDay is { } last ? $" to {last:yyyy-MM-dd}" : "")})";

    private static string Explain(Check check, Decision decision, List<RuleOutcome> outcomes, CheckContext context, List<string> notes, Proposal? proposal)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{decision.ToWire()} on {check.Date:yyyy-MM-dd}");
        if (proposal is not null) text.Append(CultureInfo.InvariantCulture, $" under what-if scenario {proposal.Id} (never adopted, no legal effect)");
        text.Append(". ");
        if (outcomes.Count == 0) text.Append("No measure of the UN 1718 regime in force on that date applies (national law may still apply). ");
        foreach (var outcome in outcomes.OrderByDescending(o => o.Decision))
        {
            text.Append(outcome.Reason).Append(". ");
            if (outcome.Cap is { } cap)
            {
                text.Append(CultureInfo.InvariantCulture, $"Cap {cap.Id} for {cap.PeriodFrom:yyyy-MM-dd} to {cap.PeriodTo:yyyy-MM-dd}");
                if (cap.RemainingQuantity is { } rq) text.Append(CultureInfo.InvariantCulture, $", {rq} {cap.Unit} remaining");
                if (cap.RemainingValueUsd is { } rv) text.Append(CultureInfo.InvariantCulture, $", USD {rv} remaining");
                text.Append(cap.Conditions.IsDefaultOrEmpty ? ". " : $"; conditions: {string.Join("; ", cap.Conditions)}. ");
            }
        }
        foreach (var party in context.Parties.Where(p => p.Designated))
        {
            var listing = party.Hits.Count > 0 && party.Hits[0] is { } hit ? $"UN list {hit.Entry.Reference}, listed {hit.Entry.ListedOn:yyyy-MM-dd}, matched '{hit.MatchedName}'" : "stated designated";
            text.Append(CultureInfo.InvariantCulture, $"Party '{party.Name}' ({party.Role}) is designated ({listing}). ");
        }
        foreach (var note in notes.Distinct()) text.Append(note).Append(' ');
        return text.ToString().TrimEnd();
    }
}
