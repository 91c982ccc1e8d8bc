using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Interdict.Rules.Hs;
using Interdict.Rules.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Interdict.Rules.Loading;

/// <summary>Reads a rulebook from YAML and validates it: HS codes against the nomenclature, references between items,
/// validity of measures that supersede each other, citations, dates and the facts vocabulary.</summary>
/// <remarks>Every problem is collected, then the rulebook is refused with a <see cref="RulebookException"/> naming
/// each item and field, so one run shows every fault of a broken file.</remarks>
public static class RulebookLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private static readonly FrozenDictionary<string, ExemptionKind> Mechanisms = new Dictionary<string, ExemptionKind>(StringComparer.Ordinal)
    {
        ["self_executing"] = ExemptionKind.SelfApplied,
        ["state_determination"] = ExemptionKind.SelfApplied,
        ["state_determination_and_notification"] = ExemptionKind.SelfApplied,
        ["notify_committee"] = ExemptionKind.SelfApplied,
        ["notify_committee_in_advance"] = ExemptionKind.SelfApplied,
        ["notify_committee_no_objection"] = ExemptionKind.SelfApplied,
        ["notify_committee_5_days_in_advance"] = ExemptionKind.SelfApplied,
        ["wind_down"] = ExemptionKind.SelfApplied,
        ["carve_out"] = ExemptionKind.SelfApplied,
        ["committee_approval"] = ExemptionKind.CommitteeRoute,
        ["committee_determination"] = ExemptionKind.CommitteeRoute,
        ["cap"] = ExemptionKind.Cap,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // HS editions before the 2022 one the nomenclature holds: an HS code of the data may name one (goods.hs[].edition).
    private static readonly ImmutableArray<string> EarlierEditions = ["1988", "1992", "1996", "2002", "2007", "2012", "2017"];

    /// <summary>Parses and validates a rulebook.</summary>
    /// <param name="yaml">The rulebook text.</param>
    /// <param name="nomenclature">The HS nomenclature its codes must belong to.</param>
    /// <param name="origin">File or resource name, for messages.</param>
    /// <exception cref="RulebookException">The text is not a valid rulebook.</exception>
    public static Rulebook Load(string yaml, HsNomenclature nomenclature, string origin = "rulebook")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(nomenclature);
        RulebookDocument document;
        try
        {
            document = Deserializer.Deserialize<RulebookDocument>(yaml) ?? new RulebookDocument();
        }
        catch (YamlException e)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"line {e.Start.Line}, column {e.Start.Column}");
            throw new RulebookException([new RulebookIssue(origin, where, (e.InnerException ?? e).Message)]);
        }
        return new Builder(document, nomenclature, origin).Build();
    }

    private sealed class Builder(RulebookDocument doc, HsNomenclature nomenclature, string origin)
    {
        private readonly List<RulebookIssue> _issues = [];
        private FrozenSet<string> _sources = FrozenSet<string>.Empty;
        private readonly Dictionary<string, Resolution> _resolutions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Cap> _caps = new(StringComparer.Ordinal);
        private readonly HashSet<string> _exemptionIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, NamedCondition> _conditions = new(StringComparer.Ordinal);

        public Rulebook Build()
        {
            if (doc.SchemaVersion != 1) Issue(origin, "schema_version", $"must be 1, found {doc.SchemaVersion}");
            if (string.IsNullOrWhiteSpace(doc.Regime)) Issue(origin, "regime", "missing");
            _sources = (doc.Sources ?? []).Select(s => s.Id ?? "").ToFrozenSet(StringComparer.Ordinal);

            foreach (var r in doc.Resolutions ?? []) ReadResolution(r);
            var measureIds = Unique((doc.Measures ?? []).Select(m => m.Id), "measure");
            var proposalIds = Unique((doc.Proposals ?? []).Select(p => p.Id), "proposal");
            foreach (var c in doc.Caps ?? []) ReadCap(c, measureIds);

            var implied = ReadCategoryImplies();
            var designating = ReadDesignatingLists();
            ReadNamedConditions();
            var measures = (doc.Measures ?? []).Select(m => ReadMeasure(m, measureIds, proposalIds)).OfType<Measure>().ToImmutableArray();
            var general = (doc.GeneralExemptions ?? []).Select(e => ReadExemption(e, $"general exemption {e.Id}", null, null)).OfType<Exemption>().ToImmutableArray();
            foreach (var m in doc.Measures ?? [])
            {
                foreach (var reference in m.GeneralExemptions ?? [])
                {
                    if (!general.Any(g => g.Id == reference)) Issue($"measure {m.Id}", "general_exemptions", $"dangling reference to general exemption {reference}");
                }
            }
            CheckSupersession(measures);
            CheckCapOwners(measures);
            var proposals = (doc.Proposals ?? []).Select(p => ReadProposal(p, measureIds, proposalIds)).OfType<Proposal>().ToImmutableArray();
            var questions = (doc.OpenQuestions ?? []).Select(q => new OpenQuestion(q.Id ?? "", q.Question ?? "", [.. q.DecidedIn ?? []])).ToImmutableArray();

            if (_issues.Count > 0) throw new RulebookException(_issues);
            return new Rulebook(doc.Regime!, doc.Title ?? doc.Regime!, [.. _resolutions.Values.OrderBy(r => r.Adopted)], measures,
                [.. _caps.Values], general, proposals, questions, implied, designating)
            {
                SourceTexts = (doc.Sources ?? []).Where(s => s.Id is not null).DistinctBy(s => s.Id)
                    .ToFrozenDictionary(s => s.Id!, s => s.What ?? s.Id!, StringComparer.Ordinal),
            };
        }

        // Required: a rulebook that names no designating list would count no screening hit as designation, silently.
        private ImmutableArray<DesignatingList> ReadDesignatingLists()
        {
            if (doc.DesignatingLists is not { Count: > 0 } lists)
            {
                Issue(origin, "designating_lists", "missing: name the lists whose entries designate under this regime");
                return [];
            }
            var result = ImmutableArray.CreateBuilder<DesignatingList>();
            for (var i = 0; i < lists.Count; i++)
            {
                var list = lists[i];
                var field = string.Create(CultureInfo.InvariantCulture, $"designating_lists[{i}]");
                if (string.IsNullOrWhiteSpace(list.List)) { Issue(origin, field + ".list", "missing"); continue; }
                if ((list.Regimes ?? []).Any(string.IsNullOrWhiteSpace)) { Issue(origin, field + ".regimes", "a regime word is blank"); continue; }
                result.Add(new DesignatingList(list.List, [.. list.Regimes ?? []]));
            }
            return result.ToImmutable();
        }

        private FrozenDictionary<string, ImmutableArray<string>> ReadCategoryImplies()
        {
            var result = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
            foreach (var category in FactsVocabulary.Categories) result[category] = [category];
            foreach (var (category, implied) in doc.CategoryImplies ?? [])
            {
                foreach (var c in implied.Prepend(category))
                {
                    if (!FactsVocabulary.Categories.Contains(c)) Issue(origin, "category_implies", $"unknown goods category '{c}'");
                }
                result[category] = [category, .. implied];
            }
            return result.ToFrozenDictionary(StringComparer.Ordinal);
        }

        private void ReadResolution(ResolutionDocument r)
        {
            var item = $"resolution {r.Id}";
            if (r.Id is null) { Issue(item, "id", "missing"); return; }
            if (_resolutions.ContainsKey(r.Id)) { Issue(item, "id", "duplicate id"); return; }
            if (string.IsNullOrWhiteSpace(r.Number)) Issue(item, "number", "missing");
            var adopted = RequiredDate(r.Adopted, item, "adopted");
            _resolutions[r.Id] = new Resolution(r.Id, r.Number ?? "", r.Symbol ?? "", adopted, r.Trigger ?? "", ReadConfidence(r.Confidence, item));
        }

        private void ReadCap(CapDocument c, HashSet<string> measureIds)
        {
            var item = $"cap {c.Id}";
            if (c.Id is null) { Issue(item, "id", "missing"); return; }
            if (_caps.ContainsKey(c.Id)) { Issue(item, "id", "duplicate id"); return; }
            if (c.Measure is null || !measureIds.Contains(c.Measure)) Issue(item, "measure", $"dangling reference to measure {c.Measure}");
            if (c.Period is null) { Issue(item, "period", "missing"); return; }
            var from = RequiredDate(c.Period.From, item, "period.from");
            var to = OptionalDate(c.Period.To, item, "period.to");
            var recurrence = c.Period.Recurring switch
            {
                null => CapRecurrence.None,
                "calendar_year" => CapRecurrence.CalendarYear,
                "anniversary_12_months" => CapRecurrence.Anniversary12Months,
                var other => Invalid(item, "period.recurring", $"unknown recurrence '{other}' (calendar_year, anniversary_12_months)", CapRecurrence.None),
            };
            if (recurrence == CapRecurrence.None && to is null) Issue(item, "period.to", "a one-off period needs its last day");
            if (to is { } last && last < from) Issue(item, "period.to", "before period.from");
            var ceiling = c.Ceiling ?? new CeilingDocument();
            if (ceiling.Quantity is null && ceiling.ValueUsd is null && ceiling.PerStateBaselineMonths is null)
                Issue(item, "ceiling", "needs a quantity, a value or a per-State baseline");
            if (c.StopAtNotice is { } stop && !(c.Notices ?? []).Contains(stop)) Issue(item, "stop_at_notice", $"{stop} is not one of the notices");
            if (c.Goods is not null) ReadGoods(c.Goods, item, "goods");
            _caps[c.Id] = new Cap(c.Id, c.Measure ?? "", c.Commodity ?? "", from, to, recurrence,
                new CapCeiling(ceiling.Quantity, ceiling.Unit, ceiling.ValueUsd, ceiling.AltQuantity, ceiling.AltUnit, ceiling.Rule, ceiling.PerStateBaselineMonths),
                c.Aggregate ?? "", c.Operative ?? true, c.SupersededBy, [.. c.Notices ?? []], c.StopAtNotice, c.Note, ReadConfidence(c.Confidence, item));
        }

        private Measure? ReadMeasure(MeasureDocument m, HashSet<string> measureIds, HashSet<string> proposalIds)
        {
            var item = $"measure {m.Id}";
            if (m.Id is null) { Issue(item, "id", "missing"); return null; }
            if (m.Resolution is null) { Issue(item, "resolution", "missing citation: a measure needs its resolution"); return null; }
            if (!_resolutions.TryGetValue(m.Resolution, out var resolution)) { Issue(item, "resolution", $"dangling reference to resolution {m.Resolution}"); return null; }
            if ((m.Paragraphs is null || m.Paragraphs.Count == 0) && string.IsNullOrWhiteSpace(m.ParagraphText))
                Issue(item, "paragraphs", "missing citation: give the operative paragraphs, or paragraph_text saying why they are unknown");
            ImmutableArray<Citation> citations = m.Paragraphs is { Count: > 0 } paragraphs
                ? [.. paragraphs.Select(p => new Citation(resolution.Number, p))]
                : [new Citation(resolution.Number, null)];
            if (m.Valid is null) { Issue(item, "valid", "missing"); return null; }
            var validity = ReadValidity(m.Valid, item, "valid") ?? new Validity(resolution.Adopted, null);
            if (validity.From < resolution.Adopted) Issue(item, "valid.from", $"{validity.From:yyyy-MM-dd} is before the adoption of {m.Resolution} ({resolution.Adopted:yyyy-MM-dd})");
            var relations = ReadRelations(m.Relations, item, measureIds, proposalIds);
            var goods = m.Goods is null ? null : ReadGoods(m.Goods, item, "goods");

            var rules = ImmutableArray.CreateBuilder<MeasureRule>();
            var ruleIds = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < (m.Rules?.Count ?? 0); i++)
            {
                var rule = ReadRule(m.Rules![i], item, $"rules[{i}]", citations, goods);
                if (rule is null) continue;
                if (rule.Id is { } id && !ruleIds.Add(id)) Issue(item, $"rules[{i}].id", $"duplicate rule id {id}");
                rules.Add(rule);
            }
            if (m.Rules is null) Issue(item, "rules", "missing (use [] for a measure that is recorded only)");

            var caps = ImmutableArray.CreateBuilder<Cap>();
            foreach (var capId in m.Caps ?? [])
            {
                if (_caps.TryGetValue(capId, out var cap)) caps.Add(cap);
                else Issue(item, "caps", $"dangling reference to cap {capId}");
            }
            var needsCaps = rules.Any(r => r.Effect == RuleEffect.Cap) || (m.Exemptions ?? []).Any(e => e.Mechanism == "cap");
            if (needsCaps && caps.Count == 0) Issue(item, "caps", "a cap rule or cap exemption needs at least one cap");
            var capConditions = (m.CapConditions ?? []).Select((c, i) => new CapCondition(
                c.Text ?? Invalid(item, $"cap_conditions[{i}].text", "missing", ""),
                c.When is null ? null : ReadCondition(c.When, item, $"cap_conditions[{i}].when"),
                c.Duty, c.NoticeStop, c.NoDesignatedParty,
                c.Confidence is null ? null : ReadConfidence(c.Confidence, item))).ToImmutableArray();
            string? outside = null;
            if (m.OutsideCapPeriods is { } o)
            {
                outside = o.Decision is "prohibited" or "cap_applies" ? o.Decision : Invalid<string?>(item, "outside_cap_periods.decision", $"must be prohibited or cap_applies, found '{o.Decision}'", null);
                if (o.Confidence is not null) ReadConfidence(o.Confidence, item);
            }

            var exemptions = ImmutableArray.CreateBuilder<Exemption>();
            foreach (var e in m.Exemptions ?? [])
            {
                if (ReadExemption(e, $"exemption {e.Id} (of {m.Id})", validity, ruleIds) is { } exemption) exemptions.Add(exemption);
            }
            var windDown = m.WindDown is null ? null : string.Join(", ", m.WindDown.Select(kv => $"{kv.Key}: {kv.Value}"));
            if (m.Deadline is not null) windDown = $"deadline: {RequiredDate(m.Deadline, item, "deadline"):yyyy-MM-dd}";
            var notes = (m.Notes ?? []).ToImmutableArray();
            if (m.Reporting is not null) notes = notes.Add("Reporting: " + string.Join(", ", m.Reporting.Select(kv => $"{kv.Key} {kv.Value}")));
            return new Measure(m.Id, resolution, citations, m.ParagraphText ?? "", Required(m.Kind, item, "kind"), m.Direction ?? "n-a",
                m.Binding ?? "true", Required(m.Summary, item, "summary"), validity, m.Valid.UntilNote, relations, goods, rules.ToImmutable(),
                caps.ToImmutable(), capConditions, outside, m.OutsideCapPeriods?.Note, exemptions.ToImmutable(),
                [.. m.GeneralExemptions ?? []], windDown, ReadConfidence(m.Confidence, item), notes);
        }

        private MeasureRule? ReadRule(RuleDocument r, string item, string field, ImmutableArray<Citation> measureCitations, GoodsScope? goods)
        {
            RuleEffect? effect = r.Effect switch
            {
                "prohibit" => RuleEffect.Prohibit,
                "cap" => RuleEffect.Cap,
                "enforcement" => RuleEffect.Enforcement,
                "flag" => RuleEffect.Flag,
                _ => Invalid<RuleEffect?>(item, $"{field}.effect", $"unknown effect '{r.Effect}' (prohibit, cap, enforcement, flag)", null),
            };
            if (effect is null) return null;
            if (effect is RuleEffect.Flag or RuleEffect.Enforcement && string.IsNullOrWhiteSpace(r.Flag)) Issue(item, $"{field}.flag", "a flag or enforcement rule names its flag");
            if (r.Activities is not { Count: > 0 }) Issue(item, $"{field}.activities", "missing");
            foreach (var a in r.Activities ?? []) if (!FactsVocabulary.Activities.Contains(a)) Issue(item, $"{field}.activities", $"unknown activity '{a}'");
            foreach (var d in r.Directions ?? []) if (!FactsVocabulary.Directions.Contains(d)) Issue(item, $"{field}.directions", $"unknown direction '{d}'");
            if (r.OnGoods && goods is null) Issue(item, $"{field}.on_goods", "the measure has no goods");
            ImmutableArray<Citation> citations = measureCitations;
            if (r.Citation is { } c)
            {
                if (c.Resolution is null || !_resolutions.TryGetValue(c.Resolution, out var res)) { Issue(item, $"{field}.citation.resolution", $"dangling reference to resolution {c.Resolution}"); }
                else citations = [new Citation(res.Number, c.Paragraph)];
            }
            var validity = r.Valid is null ? (Validity?)null : ReadValidity(r.Valid, item, $"{field}.valid");
            var parties = r.Parties is null ? null : new PartyFilter(r.Parties.Designated, Set(r.Parties.Types), Set(r.Parties.Countries), Set(r.Parties.Roles));
            return new MeasureRule(r.Id, citations, effect.Value, r.Flag, validity, Set(r.Activities), Set(r.Actions), Set(r.Directions),
                r.OnGoods, parties, ReadConditions(r.When, item, $"{field}.when"), r.Note);
        }

        private Exemption? ReadExemption(ExemptionDocument e, string item, Validity? measureValidity, HashSet<string>? ruleIds)
        {
            if (e.Id is null) { Issue(item, "id", "missing"); return null; }
            if (!_exemptionIds.Add(e.Id)) Issue(item, "id", "duplicate exemption id");
            if (e.Mechanism is null || !Mechanisms.TryGetValue(e.Mechanism, out var kind))
            {
                Issue(item, "mechanism", $"unknown mechanism '{e.Mechanism}' ({string.Join(", ", Mechanisms.Keys)})");
                return null;
            }
            if (e.OutsideScope) kind = ExemptionKind.OutsideScope;
            var validity = e.Valid is null ? (Validity?)null : ReadValidity(e.Valid, item, "valid");
            if (validity is { } v && measureValidity is { } mv && (v.From < mv.From || (mv.Until is { } mu && (v.Until is null || v.Until > mu))))
                Issue(item, "valid", $"{v} lies outside the measure's validity {mv}");
            var citations = ImmutableArray.CreateBuilder<DatedCitation>();
            foreach (var c in (e.Citations ?? []).Concat(e.Citation is null ? [] : [e.Citation]))
            {
                if (c.Resolution is null || !_resolutions.TryGetValue(c.Resolution, out var res)) { Issue(item, "citation.resolution", $"dangling reference to resolution {c.Resolution}"); continue; }
                citations.Add(new DatedCitation(new Citation(res.Number, c.Paragraph), OptionalDate(c.From, item, "citations.from")));
                if (c.Confidence is not null) ReadConfidence(c.Confidence, item);
            }
            foreach (var ruleId in e.Rules ?? [])
            {
                if (ruleIds is null || !ruleIds.Contains(ruleId)) Issue(item, "rules", $"dangling reference to rule {ruleId}");
            }
            if (e.AliasOf is { } alias && !_exemptionIds.Contains(alias)) Issue(item, "alias_of", $"dangling reference to exemption {alias}");
            if (e.Scope is not (null or "goods_measures")) Issue(item, "scope", $"unknown scope '{e.Scope}' (goods_measures)");
            return new Exemption(e.Id, Required(e.Summary, item, "summary"), e.Mechanism, kind, e.Apply ?? true, e.SavingClause, validity,
                citations.ToImmutable(), Set(e.Rules), e.Goods is null ? null : ReadGoods(e.Goods, item, "goods"), Set(e.Actions),
                ReadConditions(e.When, item, "when"), e.Scope == "goods_measures", e.Doubt, e.Note ?? e.Procedure, ReadConfidence(e.Confidence, item));
        }

        private Proposal? ReadProposal(ProposalDocument p, HashSet<string> measureIds, HashSet<string> proposalIds)
        {
            var item = $"proposal {p.Id}";
            if (p.Id is null) { Issue(item, "id", "missing"); return null; }
            if (p.Status != "not_adopted") Issue(item, "status", "a proposal here is a draft that was never adopted (not_adopted)");
            foreach (var included in p.Includes ?? []) if (!proposalIds.Contains(included) || included == p.Id) Issue(item, "includes", $"dangling reference to proposal {included}");
            var lifts = (p.WouldLift ?? []).Select((l, i) =>
            {
                if (l.Measure is null || !measureIds.Contains(l.Measure)) Issue(item, $"would_lift[{i}].measure", $"dangling reference to measure {l.Measure}");
                return new ProposalLift(l.Measure ?? "", l.What ?? "", ReadConfidence(l.Confidence, item));
            }).ToImmutableArray();
            var exemptions = (p.WouldExempt ?? []).Select((x, i) =>
            {
                foreach (var measure in x.Measures ?? []) if (!measureIds.Contains(measure)) Issue(item, $"would_exempt[{i}].measures", $"dangling reference to measure {measure}");
                if (x.Id is null) Issue(item, $"would_exempt[{i}].id", "missing");
                var evaluable = x.Evaluable ?? true;
                if (evaluable && x.When is null) Issue(item, $"would_exempt[{i}].when", "an evaluable exemption states its conditions");
                return new ProposalExemption(x.Id ?? "", x.What ?? "", [.. x.Measures ?? []], ReadConditions(x.When, item, $"would_exempt[{i}].when"),
                    evaluable, x.Note, ReadConfidence(x.Confidence, item));
            }).ToImmutableArray();
            foreach (var measure in p.NotLiftedPerReports ?? []) if (!measureIds.Contains(measure)) Issue(item, "not_lifted_per_reports", $"dangling reference to measure {measure}");
            var notes = (p.Notes ?? []).ToImmutableArray();
            if (p.StatusDetail is not null) notes = notes.Insert(0, p.StatusDetail);
            return new Proposal(p.Id, p.Title ?? p.Id, p.Status ?? "", RequiredDate(p.Circulated, item, "circulated"), [.. p.Includes ?? []],
                lifts, exemptions, [.. p.NotLiftedPerReports ?? []], notes, ReadConfidence(p.Confidence, item));
        }

        private MeasureRelations ReadRelations(RelationsDocument? r, string item, HashSet<string> measureIds, HashSet<string> proposalIds)
        {
            r ??= new RelationsDocument();
            ImmutableArray<string> Ids(List<string>? ids, string field, HashSet<string> known, string what)
            {
                foreach (var id in ids ?? []) if (!known.Contains(id)) Issue(item, $"relations.{field}", $"dangling reference to {what} {id}");
                return [.. ids ?? []];
            }
            return new MeasureRelations(
                Ids(r.Supersedes, "supersedes", measureIds, "measure"), Ids(r.SupersededBy, "superseded_by", measureIds, "measure"),
                Ids(r.PartlySupersedes, "partly_supersedes", measureIds, "measure"), Ids(r.PartlySupersededBy, "partly_superseded_by", measureIds, "measure"),
                Ids(r.TightenedBy, "tightened_by", measureIds, "measure"), Ids(r.ClarifiedBy, "clarified_by", measureIds, "measure"),
                Ids(r.LiftedByProposal, "lifted_by_proposal", proposalIds, "proposal"));
        }

        // Text that supersedes another must start when the old one ends: overlapping validity would make two
        // versions of the same rule apply on the same day.
        private void CheckSupersession(ImmutableArray<Measure> measures)
        {
            var byId = measures.ToDictionary(m => m.Id, StringComparer.Ordinal);
            var pairs = measures.SelectMany(m => m.Relations.SupersededBy.Select(newer => (Old: m.Id, New: newer)))
                .Concat(measures.SelectMany(m => m.Relations.Supersedes.Select(old => (Old: old, New: m.Id))))
                .Distinct();
            foreach (var (oldId, newId) in pairs)
            {
                if (!byId.TryGetValue(oldId, out var old) || !byId.TryGetValue(newId, out var newer)) continue;
                if (old.Validity.Overlaps(newer.Validity))
                    Issue($"measure {oldId}", "valid.until",
                        $"validity {old.Validity} overlaps {newId} {newer.Validity}, which supersedes it: end it on or before {newer.Validity.From:yyyy-MM-dd}, or use partly_superseded_by");
            }
        }

        private void CheckCapOwners(ImmutableArray<Measure> measures)
        {
            foreach (var cap in _caps.Values)
            {
                if (cap.SupersededBy is { } next && !_caps.ContainsKey(next)) Issue($"cap {cap.Id}", "superseded_by", $"dangling reference to cap {next}");
                var owner = measures.FirstOrDefault(m => m.Id == cap.MeasureId);
                if (owner is not null && !owner.Caps.Contains(cap)) Issue($"cap {cap.Id}", "measure", $"{cap.MeasureId} does not list it under caps");
            }
        }

        private GoodsScope ReadGoods(GoodsDocument g, string item, string field)
        {
            var rules = ImmutableArray.CreateBuilder<HsRule>();
            for (var i = 0; i < (g.Hs?.Count ?? 0); i++)
            {
                var h = g.Hs![i];
                var where = $"{field}.hs[{i}]";
                var basis = h.Basis switch
                {
                    "text" => HsBasis.Text,
                    "interpretation" or null => HsBasis.Interpretation,
                    "doubtful" => HsBasis.Doubtful,
                    _ => Invalid(item, $"{where}.basis", $"unknown basis '{h.Basis}' (text, interpretation, doubtful)", HsBasis.Doubtful),
                };
                foreach (var code in Codes(h, item, where)) rules.Add(new HsRule(code, basis, h.MinUnitValueUsd, h.Note));
            }
            foreach (var c in (g.Categories ?? []).Concat(g.ExcludeCategories ?? []))
            {
                if (!FactsVocabulary.Categories.Contains(c)) Issue(item, $"{field}.categories", $"unknown goods category '{c}'");
            }
            foreach (var c in g.Conditions ?? []) if (c is not ("new" or "used")) Issue(item, $"{field}.conditions", $"unknown condition '{c}' (new, used)");
            if (rules.Count == 0 && g.Categories is not { Count: > 0 }) Issue(item, field, "goods need HS codes or categories");
            return new GoodsScope(rules.ToImmutable(), Set(g.Categories), Set(g.ExcludeCategories), [.. g.Conditions ?? []], g.Note);
        }

        private List<HsCode> Codes(HsDocument h, string item, string where)
        {
            if ((h.Code is null) == (h.Range is null)) { Issue(item, where, "give exactly one of code and range"); return []; }
            if (h.Code is not null)
            {
                if (!HsCode.TryParse(h.Code, out var code)) { Issue(item, $"{where}.code", $"'{h.Code}' is not an HS code"); return []; }
                if (h.Edition is not null) return EarlierEditionCode(code, h.Edition, item, where);
                if (!nomenclature.Contains(code)) { Issue(item, $"{where}.code", $"unknown HS code {code} (not in the nomenclature)"); return []; }
                return [code];
            }
            if (h.Edition is not null) Issue(item, $"{where}.edition", "an earlier edition applies to a single code, not to a range");
            var ends = h.Range!.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length != 2 || !HsCode.TryParse(ends[0], out var first) || !HsCode.TryParse(ends[1], out var last) || first.Level != last.Level
                || string.CompareOrdinal(first.Digits, last.Digits) > 0)
            {
                Issue(item, $"{where}.range", $"'{h.Range}' is not a range of two HS codes of the same level, low to high");
                return [];
            }
            foreach (var end in new[] { first, last })
            {
                if (!nomenclature.Contains(end)) Issue(item, $"{where}.range", $"unknown HS code {end} (not in the nomenclature)");
            }
            // Expand to the codes the nomenclature has between the ends (chapter 77 is reserved, 2711.15-.18 unused).
            return nomenclature.Entries.Where(e => e.Code.Level == first.Level
                && string.CompareOrdinal(e.Code.Digits, first.Digits) >= 0 && string.CompareOrdinal(e.Code.Digits, last.Digits) <= 0)
                .Select(e => e.Code).ToList();
        }

        // A code of an earlier HS edition that the 2022 nomenclature dropped (2017 heading 8803, aircraft parts, is 8807
        // since 2022): checks may still quote it. A code 2022 still has would be read with its 2022 meaning, so it is refused.
        private List<HsCode> EarlierEditionCode(HsCode code, string edition, string item, string where)
        {
            if (!EarlierEditions.Contains(edition))
            {
                Issue(item, $"{where}.edition", $"unknown HS edition '{edition}' ({string.Join(", ", EarlierEditions)}; 2022 codes need none)");
                return [];
            }
            if (nomenclature.Contains(code))
            {
                Issue(item, $"{where}.edition", $"HS {code} is also a 2022 code: give an edition only for codes the 2022 nomenclature no longer has");
                return [];
            }
            return [code];
        }

        private Condition? ReadConditions(List<ConditionDocument>? list, string item, string field)
        {
            if (list is null || list.Count == 0) return null;
            if (list.Count == 1) return ReadCondition(list[0], item, $"{field}[0]");
            return new CombinedCondition(true, [.. list.Select((c, i) => ReadCondition(c, item, $"{field}[{i}]"))]);
        }

        // Conditions defined once and referred to by name ({ref: dprk-nexus}); a definition may not itself refer to one.
        private void ReadNamedConditions()
        {
            foreach (var (name, named) in doc.Conditions ?? [])
            {
                var item = $"condition {name}";
                if (string.IsNullOrWhiteSpace(named.Summary)) Issue(item, "summary", "missing");
                if (named.When is not { Count: > 0 }) { Issue(item, "when", "missing"); continue; }
                if (named.When.Any(RefersToName)) { Issue(item, "when", "a named condition may not refer to another one"); continue; }
                _conditions[name] = new NamedCondition(name, ReadConditions(named.When, item, "when")!);
            }
        }

        private static bool RefersToName(ConditionDocument c) =>
            c.Ref is not null || (c.Any ?? []).Any(RefersToName) || (c.All ?? []).Any(RefersToName);

        private Condition ReadCondition(ConditionDocument c, string item, string field)
        {
            if (c.Ref is not null)
            {
                if (c.Fact is not null || c.Party is not null || c.Any is not null || c.All is not null)
                    Issue(item, field, $"a reference to condition '{c.Ref}' stands alone");
                if (_conditions.TryGetValue(c.Ref, out var named)) return named;
                Issue(item, $"{field}.ref", $"dangling reference to condition '{c.Ref}' ({string.Join(", ", _conditions.Keys)})");
                return new FactCondition("?", FactTest.Is, ["?"], 0, default, false);
            }
            if (c.Party is { } p)
            {
                if (c.Fact is not null || c.Any is not null || c.All is not null) Issue(item, field, "a party condition stands alone");
                if (!p.Designated && p.Types is null && p.Countries is null && p.Roles is null) Issue(item, $"{field}.party", "names no filter");
                return new PartyCondition(new PartyFilter(p.Designated, Set(p.Types), Set(p.Countries), Set(p.Roles)));
            }
            if (c.Any is not null || c.All is not null)
            {
                var parts = c.Any ?? c.All!;
                return new CombinedCondition(c.All is not null, [.. parts.Select((p, i) => ReadCondition(p, item, $"{field}.{(c.Any is null ? "all" : "any")}[{i}]"))]);
            }
            var fact = c.Fact ?? Invalid(item, $"{field}.fact", "missing", "");
            if (fact.Length > 0 && !FactsVocabulary.IsKnown(fact)) Issue(item, $"{field}.fact", $"'{fact}' is not in the facts vocabulary");
            var tests = new List<(FactTest Test, ImmutableArray<string> Values, double Number, DateOnly Date)>();
            if (c.Is is not null) tests.Add((FactTest.Is, [c.Is], 0, default));
            if (c.IsNot is not null) tests.Add((FactTest.IsNot, [c.IsNot], 0, default));
            if (c.In is not null) tests.Add((FactTest.In, [.. c.In], 0, default));
            if (c.NotIn is not null) tests.Add((FactTest.NotIn, [.. c.NotIn], 0, default));
            if (c.AtLeast is { } n) tests.Add((FactTest.AtLeast, [], n, default));
            if (c.Before is not null) tests.Add((FactTest.Before, [], 0, RequiredDate(c.Before, item, $"{field}.before")));
            if (c.NotAfter is not null) tests.Add((FactTest.NotAfter, [], 0, RequiredDate(c.NotAfter, item, $"{field}.not_after")));
            if (c.NotBefore is not null) tests.Add((FactTest.NotBefore, [], 0, RequiredDate(c.NotBefore, item, $"{field}.not_before")));
            if (c.WithinDays is { } days) tests.Add((FactTest.WithinDays, [], days, default));
            if (c.BeforeListing == true) tests.Add((FactTest.BeforeListing, [], 0, default));
            if (c.Established is { } established) tests.Add((FactTest.Established, [established ? "true" : "false"], 0, default));
            if (tests.Count != 1)
            {
                Issue(item, field, $"a condition on '{fact}' needs exactly one test (is, is_not, in, not_in, at_least, before, not_after, within_days, before_listing, established), found {tests.Count}");
                return new FactCondition(fact, FactTest.Is, ["?"], 0, default, false);
            }
            var (test, values, number, date) = tests[0];
            return new FactCondition(fact, test, values, number, date, c.AbsentOk);
        }

        private Confidence ReadConfidence(ConfidenceDocument? c, string item)
        {
            if (c is null) { Issue(item, "confidence", "missing: every item carries the research's confidence mark"); return new Confidence("low", "interpretation", [], null); }
            if (c.Level is not ("high" or "medium" or "low")) Issue(item, "confidence.level", $"'{c.Level}' is not high, medium or low");
            if (c.Basis is not ("verified-by-source" or "from-memory" or "interpretation")) Issue(item, "confidence.basis", $"'{c.Basis}' is not verified-by-source, from-memory or interpretation");
            foreach (var s in c.Sources ?? []) if (!_sources.Contains(s)) Issue(item, "confidence.sources", $"dangling reference to source {s}");
            return new Confidence(c.Level ?? "", c.Basis ?? "", [.. c.Sources ?? []], c.Note);
        }

        private Validity? ReadValidity(ValidityDocument v, string item, string field)
        {
            var from = RequiredDate(v.From, item, $"{field}.from");
            var until = OptionalDate(v.Until, item, $"{field}.until");
            if (until is { } u && u <= from) { Issue(item, $"{field}.until", $"{u:yyyy-MM-dd} is not after from {from:yyyy-MM-dd}"); return null; }
            return new Validity(from, until);
        }

        private DateOnly RequiredDate(string? text, string item, string field) =>
            OptionalDate(text, item, field) ?? Invalid(item, field, "missing date", DateOnly.MinValue);

        private DateOnly? OptionalDate(string? text, string item, string field)
        {
            if (text is null) return null;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            Issue(item, field, $"'{text}' is not a date (YYYY-MM-DD)");
            return null;
        }

        private HashSet<string> Unique(IEnumerable<string?> ids, string what)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in ids)
            {
                if (id is not null && !set.Add(id)) Issue($"{what} {id}", "id", "duplicate id");
            }
            return set;
        }

        private string Required(string? value, string item, string field) =>
            string.IsNullOrWhiteSpace(value) ? Invalid(item, field, "missing", "") : value;

        private T Invalid<T>(string item, string field, string message, T fallback)
        {
            Issue(item, field, message);
            return fallback;
        }

        private void Issue(string item, string field, string message) => _issues.Add(new RulebookIssue($"{origin}: {item}", field, message));

        private static FrozenSet<string> Set(List<string>? values) => (values ?? []).ToFrozenSet(StringComparer.Ordinal);
    }
}
