using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Interdict.Hosting.Regime;
using Interdict.Rules.Evaluation;
using Interdict.Rules.Model;

namespace Interdict.Server.Console;

/// <summary>The rule evaluator's explanations and the rulebook's measures as sentences a compliance officer would
/// write: conditions in words (never <c>rajin_transit_export is true</c>), negative conditions stated positively (never
/// "… is not true does not hold"), days in force as dates (never <c>[2017-08-05, open)</c>), research sources by name
/// (never a bare <c>S11</c>), one ISO date format.</summary>
/// <remarks>The evaluator's explanation is a text for the API and the audit trail; its parts quote the rulebook's
/// conditions (<see cref="Condition.Describe"/>) and measures (<see cref="RuleEvaluator.Describe(Measure)"/>) word for
/// word, so this type finds them there and renders the same model objects in words. The engine's semantics and its
/// text are untouched; a part it does not recognise is shown as written, with codes read through <see cref="Labels"/>.</remarks>
static partial class PlainLanguage
{
    /// <summary>Days in force: "in force since 2017-08-05", "in force from 2016-11-30 to 2017-08-04".</summary>
    public static string InForce(Validity validity) => validity.LastDay is { } last
        ? string.Create(CultureInfo.InvariantCulture, $"in force from {validity.From:yyyy-MM-dd} to {last:yyyy-MM-dd}")
        : string.Create(CultureInfo.InvariantCulture, $"in force since {validity.From:yyyy-MM-dd}");

    /// <summary>A condition in words; <paramref name="negated"/> states its opposite positively (De Morgan for combined
    /// conditions), so that "does not hold" never follows a "not".</summary>
    public static string Condition(Condition condition, bool negated = false) => condition switch
    {
        FactCondition fact => Fact(fact, negated),
        // All-of, or the opposite of any-of (none of them): every part (or its opposite) must hold.
        CombinedCondition all when all.RequireAll != negated => Join(all.Parts.Select(p => Condition(p, negated)), "and"),
        // Any-of, or the opposite of all-of: one part (or its opposite) is enough.
        CombinedCondition some => (negated ? "" : "either ") + Join(some.Parts.Select(p => Condition(p, negated)), "or"),
        NamedCondition named => Named.TryGetValue(named.Name, out var words) ? negated ? words.No : words.Yes : (negated ? "not: " : "") + named.Name.Replace('-', ' '),
        PartyCondition party => Party(party.Filter, negated),
        _ => condition.Describe(),
    };

    static string Join(IEnumerable<string> parts, string conjunction)
    {
        var list = parts.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + $" {conjunction} " + list[^1];
    }

    static string Party(PartyFilter filter, bool negated)
    {
        var parts = new List<string>();
        if (filter.Designated) parts.Add("designated");
        if (filter.Types.Count > 0) parts.Add("a " + Join(filter.Types.Select(Labels.Of), "or"));
        if (filter.Countries.Count > 0) parts.Add("of " + Join(filter.Countries.Select(Country), "or"));
        if (filter.Roles.Count > 0) parts.Add("acting as " + Join(filter.Roles.Select(Labels.Of), "or"));
        return $"{(negated ? "no party is" : "a party is")} {string.Join(", ", parts)}";
    }

    static string Country(string code) => code == "KP" ? "the DPRK" : code;

    // A yes-or-no fact: what it says when true, and when false.
    static readonly FrozenDictionary<string, (string Yes, string No)> Facts = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["revenue_for_prohibited_programmes"] = ("the revenue goes to the DPRK's prohibited programmes", "the revenue does not go to the DPRK's prohibited programmes"),
        ["contributes_to_prohibited_programmes"] = ("it contributes to the DPRK's prohibited programmes", "it does not contribute to the DPRK's prohibited programmes"),
        ["committee_notified_in_advance"] = ("the Committee was notified in advance", "the Committee was not notified in advance"),
        ["reasonable_grounds_prohibited_cargo"] = ("there are reasonable grounds to believe the cargo is prohibited", "there are no reasonable grounds to believe the cargo is prohibited"),
        ["vessel.dprk_controlled"] = ("the vessel is controlled by the DPRK", "the vessel is not controlled by the DPRK"),
        ["vessel.designated"] = ("the vessel is designated", "the vessel is not designated"),
        ["state_determination"] = ("the State has made the determination required", "the State has not made the determination required"),
        ["reported_to_committee"] = ("it was reported to the Committee", "it was not reported to the Committee"),
        ["rajin_transit_export"] = ("the goods are exported from Rajin in transit from outside the DPRK", "the goods are not exported from Rajin in transit"),
        ["non_dprk_origin_confirmed"] = ("the goods' origin outside the DPRK is confirmed", "the goods' origin outside the DPRK is not confirmed"),
        ["emergency"] = ("it is an emergency", "it is not an emergency"),
        ["return_to_port_of_origin"] = ("the vessel returns to its port of origin", "the vessel does not return to its port of origin"),
        ["fuel_only_for_flight_to_dprk_and_return"] = ("the fuel is only for the flight to the DPRK and back", "the fuel is not only for the flight to the DPRK and back"),
        ["ship_to_ship_transfer"] = ("it is a ship-to-ship transfer", "it is not a ship-to-ship transfer"),
        ["public_support"] = ("public financial support is given", "no public financial support is given"),
        ["worker_is_host_state_national"] = ("the worker is a national of the host State", "the worker is not a national of the host State"),
        ["repatriation_barred_by_law"] = ("the law bars repatriation", "the law does not bar repatriation"),
        ["exceeds_work_authorization_baseline"] = ("work authorizations exceed the 2017-08-05 baseline", "work authorizations do not exceed the 2017-08-05 baseline"),
        ["cargo_inspected"] = ("the cargo was inspected", "the cargo was not inspected"),
        ["committee_objected"] = ("the Committee objected", "the Committee did not object"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Any other fact or field: what it is called in a sentence.
    static readonly FrozenDictionary<string, string> Subjects = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["date"] = "the date", ["purpose"] = "the purpose", ["project"] = "the project", ["field"] = "the field of study",
        ["humanitarian_actor"] = "the humanitarian actor", ["expulsion_exception"] = "the reason", ["location"] = "the place of the activity",
        ["destination"] = "the destination", ["direction"] = "the direction", ["activity"] = "the activity", ["action"] = "the action",
        ["goods.origin"] = "the goods' origin", ["vessel.flag"] = "the vessel's flag", ["party.role"] = "a party's role",
        ["party.country"] = "a party's country", ["party.type"] = "a party's type", ["aircraft.use"] = "the aircraft's use",
        ["aircraft.operator"] = "the aircraft's operator", ["aircraft.model"] = "the aircraft's model", ["aircraft.in_service"] = "the aircraft in service",
        ["contract_concluded_on"] = "the contract's date", ["existing_since"] = "the date it has existed since",
        ["committee_notification_date"] = "the date the Committee was notified", ["committee_request_denied_on"] = "the date the Committee refused",
        ["committee_notice_days"] = "the days of notice to the Committee", ["worker_count"] = "the number of workers",
        ["mission_accounts_held"] = "the number of mission accounts", ["committee_approval"] = "the Committee's approval",
        ["catch_all_determination"] = "the catch-all determination",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // The rulebook's named conditions, in words and negated.
    static readonly FrozenDictionary<string, (string Yes, string No)> Named = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["dprk-nexus"] = ("the activity has a DPRK link", "the activity has no DPRK link"),
        ["dprk-aircraft"] = ("the aircraft is the DPRK's", "the aircraft is not the DPRK's"),
        ["dprk-worker"] = ("the workers are DPRK nationals", "the workers are not DPRK nationals"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A fact's name in a sentence (<c>rajin_transit_export</c> → "whether the goods are …").</summary>
    public static string FactName(string fact) =>
        Facts.TryGetValue(fact, out var words) ? "whether " + words.Yes : Subjects.TryGetValue(fact, out var subject) ? subject : fact.Replace('_', ' ');

    static string Values(FactCondition fact) => Join(fact.Values.Select(v => fact.Fact is "goods.origin" or "vessel.flag" or "location" or "destination" or "party.country" ? Country(v) : Labels.Of(v)), "or");

    static string Fact(FactCondition fact, bool negated)
    {
        var d = fact.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var n = fact.Number.ToString(CultureInfo.InvariantCulture);
        if (Facts.TryGetValue(fact.Fact, out var yesNo) && fact.Test is FactTest.Is or FactTest.IsNot && fact.Values.Length == 1 && fact.Values[0] is "true" or "false")
        {
            // "is true", "is not false" (not shown to be false) and their opposites.
            var saysTrue = (fact.Values[0] == "true") == (fact.Test == FactTest.Is);
            var softened = fact.Test == FactTest.IsNot && !negated ? " (or nothing says otherwise)" : "";
            return (saysTrue != negated ? yesNo.Yes : yesNo.No) + softened;
        }
        var subject = Subjects.GetValueOrDefault(fact.Fact) ?? fact.Fact.Replace('_', ' ');
        if (fact.Fact == "goods.origin" && fact.Test is FactTest.In or FactTest.NotIn or FactTest.Is or FactTest.IsNot)
        {
            var isOf = fact.Test is FactTest.In or FactTest.Is;
            return $"the goods are {(isOf != negated ? "" : "not ")}of {Join(fact.Values.Select(v => v == "KP" ? "DPRK" : v), "or")} origin";
        }
        return (fact.Test, negated) switch
        {
            (FactTest.Is or FactTest.In, false) or (FactTest.IsNot or FactTest.NotIn, true) => $"{subject} is {Values(fact)}",
            (FactTest.Is or FactTest.In, true) or (FactTest.IsNot or FactTest.NotIn, false) => $"{subject} is not {Values(fact)}",
            (FactTest.AtLeast, false) => $"{subject} is at least {n}",
            (FactTest.AtLeast, true) => $"{subject} is below {n}",
            (FactTest.Before, false) => $"{subject} is before {d}",
            (FactTest.Before, true) => $"{subject} is on or after {d}",
            (FactTest.NotAfter, false) => $"{subject} is on or before {d}{(fact.AbsentOk ? ", where there is one" : "")}",
            (FactTest.NotAfter, true) => $"{subject} is after {d}",
            (FactTest.NotBefore, false) => $"{subject} is on or after {d}",
            (FactTest.NotBefore, true) => $"{subject} is before {d}",
            (FactTest.WithinDays, false) => $"{subject} is at most {n} days before the date of the activity",
            (FactTest.WithinDays, true) => $"{subject} is more than {n} days before the date of the activity",
            (FactTest.BeforeListing, false) => $"{subject} is before the party was listed",
            (FactTest.BeforeListing, true) => $"{subject} is on or after the day the party was listed",
            (FactTest.Established, _) => $"{subject} is {((fact.Values[0] == "true") != negated ? "known" : "not known")}",
            _ => fact.Describe(),
        };
    }

    /// <summary>A confidence in words, each research source named ("high, verified by source (Reuters / RFA / … (S11))").</summary>
    public static string Confidence(Rulebook rulebook, string confidence) => Sources(rulebook, Basis(confidence));

    // The confidence's basis in words; its sources are named once, by the caller that shows the whole text.
    static string Basis(string confidence)
    {
        ArgumentNullException.ThrowIfNull(confidence);
        return confidence.Replace("verified-by-source", "verified by source", StringComparison.Ordinal)
            .Replace("from-memory", "from memory", StringComparison.Ordinal);
    }

    /// <summary>A text with each research source id it cites (<c>S11</c>) followed by what the source is: applied once
    /// to a whole text (a named id reads "what (S11)").</summary>
    static string Sources(Rulebook rulebook, string text)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        return SourceId().Replace(text, m => rulebook.FindSource(m.Value) is { } what ? $"{what} ({m.Value})" : m.Value);
    }

    // The paragraphs, with the rulebook's paragraph text after them where it adds something ("replaces 2270 op29").
    static string Paragraphs(Measure m)
    {
        var rest = m.ParagraphText.Trim();
        foreach (var c in m.Citations)
        {
            if (c.Paragraph is { } p && rest.StartsWith("op" + p, StringComparison.Ordinal)) rest = rest[(p.Length + 2)..].Trim();
        }
        return $"{string.Join(", ", m.Citations)}{(rest.Length > 0 ? " " + rest : "")}";
    }

    [GeneratedRegex(@"\bS\d{2}\b")]
    private static partial Regex SourceId();

    /// <summary>A measure's detail for the regime page, row by row, in sentences (the API's <see cref="MeasureSheet"/>
    /// keeps the rulebook's notation).</summary>
    public static IReadOnlyList<MeasureSheetRow> MeasureRows(Rulebook rulebook, Measure m)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        ArgumentNullException.ThrowIfNull(m);
        var rows = new List<MeasureSheetRow>();
        void Row(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) rows.Add(new MeasureSheetRow(label, Sources(rulebook, Words(value))));
        }
        Row("Resolution", string.Create(CultureInfo.InvariantCulture, $"{m.Resolution.Symbol}, adopted {m.Resolution.Adopted:yyyy-MM-dd}"));
        Row("Paragraphs", Paragraphs(m));
        Row("Kind", $"{Labels.Of(m.Kind)}; {Labels.Of(m.Direction)}; {m.Binding switch { "true" => "binding", "false" => "not binding (States are called upon)", "mixed" => "partly binding", var other => other }}");
        Row("What it does", m.Summary);
        Row("In force", Capital(InForce(m.Validity)) + (m.ValidityNote is null ? "" : $" ({m.ValidityNote})"));
        Row("Related measures", string.Join("; ", new[]
        {
            Related("Replaces", m.Relations.Supersedes), Related("Replaced by", m.Relations.SupersededBy),
            Related("Partly replaces", m.Relations.PartlySupersedes), Related("Partly replaced by", m.Relations.PartlySupersededBy),
            Related("Tightened by", m.Relations.TightenedBy), Related("Clarified by", m.Relations.ClarifiedBy),
            Related("A proposal would lift it", m.Relations.LiftedByProposal),
        }.Where(s => s.Length > 0)));
        if (m.Goods is { } goods)
        {
            Row("Goods (HS codes)", string.Join(", ", goods.Hs.Select(h => h.Code + (h.Basis == HsBasis.Doubtful ? " (doubtful: for review only)" : "")
                + (h.MinUnitValueUsd is { } v ? string.Create(CultureInfo.InvariantCulture, $" above USD {v:N0} a unit") : ""))));
            Row("Goods (kinds)", string.Join(", ", goods.Categories.Select(Labels.Of)));
            Row("About the goods", goods.Note);
        }
        foreach (var rule in m.Rules) Row("Rule", Rule(rule));
        foreach (var cap in m.Caps) Row("Cap", Cap(cap));
        foreach (var c in m.CapConditions) Row("Cap condition", c.Text);
        foreach (var e in m.Exemptions) Row("Exemption", Exemption(e));
        Row("Confidence", Basis(m.Confidence.ToString()));
        foreach (var note in m.Notes) Row("Note", note);
        return rows;
    }

    static string Related(string label, IEnumerable<string> ids) => ids.Any() ? $"{label} {string.Join(", ", ids)}" : "";

    static string Rule(MeasureRule rule)
    {
        var text = new StringBuilder(rule.Effect switch
        {
            RuleEffect.Prohibit => "Prohibits",
            RuleEffect.Cap => "Caps",
            RuleEffect.Enforcement => "Calls for enforcement on",
            _ => "Raises a flag on",
        });
        text.Append(' ').Append(Join(rule.Activities.Order(StringComparer.Ordinal).Select(Labels.Of), "and"));
        if (rule.Actions.Count > 0) text.Append(" (").Append(Join(rule.Actions.Order(StringComparer.Ordinal).Select(a => a.Replace('_', ' ')), "or")).Append(')');
        if (rule.Directions.Count > 0) text.Append(' ').Append(Join(rule.Directions.Order(StringComparer.Ordinal).Select(Labels.Of), "or"));
        if (rule.OnGoods) text.Append(", for the goods listed");
        if (rule.Parties is { } parties) text.Append(", where ").Append(Party(parties, negated: false));
        if (rule.When is { } when) text.Append(", when ").Append(Condition(when));
        if (rule.Validity is { } validity) text.Append(", ").Append(InForce(validity));
        if (rule.Effect == RuleEffect.Flag && rule.Flag is { } flag) text.Append(": ").Append(Labels.Of(flag));
        return text.Append('.').ToString();
    }

    static string Cap(Cap cap)
    {
        var ceiling = cap.Ceiling.PerStateBaselineMonths is { } months
            ? string.Create(CultureInfo.InvariantCulture, $"each State's own supply in the {months} months before {cap.From:yyyy-MM-dd}")
            : string.Create(CultureInfo.InvariantCulture, $"{cap.Ceiling.Quantity:N0} {cap.Ceiling.Unit}");
        var usd = cap.Ceiling.ValueUsd is { } value ? string.Create(CultureInfo.InvariantCulture, $" or USD {value:N0}") : "";
        var period = cap.Recurrence switch
        {
            CapRecurrence.None => string.Create(CultureInfo.InvariantCulture, $"from {cap.From:yyyy-MM-dd} to {cap.To:yyyy-MM-dd}"),
            CapRecurrence.CalendarYear => string.Create(CultureInfo.InvariantCulture, $"a calendar year, from {cap.From:yyyy-MM-dd}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"every 12 months from {cap.From:yyyy-MM-dd}"),
        };
        return $"{cap.Id}: {cap.Commodity}, at most {ceiling}{usd}{(cap.Ceiling.Rule is { } r ? $" ({r})" : "")}, {period}"
            + $"{(cap.Operative ? "" : "; never operative")}. Confidence: {Basis(cap.Confidence.ToString())}.";
    }

    static string Exemption(Exemption e)
    {
        var text = new StringBuilder(e.Id).Append(": ").Append(e.Summary.TrimEnd('.')).Append('.');
        if (e.When is { } when) text.Append(" It applies when ").Append(Condition(when)).Append('.');
        if (!e.Applied) text.Append(" Recorded but not applied: ").Append(e.Doubt).Append('.');
        text.Append(" Confidence: ").Append(Basis(e.Confidence.ToString())).Append('.');
        return text.ToString();
    }

    static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>A check's explanation as sentences: the evaluator's text with each measure, condition, fact and code it
    /// quotes put in words.</summary>
    public static IReadOnlyList<string> Explanation(Rulebook rulebook, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        ArgumentNullException.ThrowIfNull(answer);
        var words = QuotedOf(rulebook);
        var text = answer.Explanation;
        foreach (var (described, plain) in words.Measures) text = text.Replace(described, plain, StringComparison.Ordinal);
        text = NotHolding().Replace(text, m =>
        {
            var parts = m.Groups["parts"].Value.Split("; ");
            return parts.All(words.Conditions.ContainsKey)
                ? $"{m.Groups["id"].Value} does not apply: {Join(parts.Select(p => Condition(words.Conditions[p], negated: true)), "and")}."
                : m.Value;
        });
        text = WouldApplyIf().Replace(text, m => words.Conditions.TryGetValue(m.Groups["condition"].Value, out var condition)
            ? $"if it were established that {Condition(condition)}."
            : $"if {Join(m.Groups["facts"].Value.Split(", ").Select(FactName), "and")} were established.");
        text = MustNotify().Replace(text, m => words.Conditions.TryGetValue(m.Groups["condition"].Value, out var condition)
            ? $"The State must still notify the Committee: {Condition(condition)}."
            : m.Value);
        text = DesignatedParty().Replace(text, m => $"The party ‘{m.Groups["name"].Value}’ ({Labels.Of(m.Groups["role"].Value)}) is designated (");
        text = UnknownHs().Replace(text, m => $"The HS code {m.Groups["code"].Value} of good {int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture) + 1} is not a code");
        text = text.Replace("open_question:", "open question ", StringComparison.Ordinal);
        text = OpeningExemption().Replace(text, "the exemption ");
        return [.. SentenceEnd().Split(Words(text).Trim()).Where(s => s.Length > 0).Select(Capital)];
    }

    /// <summary>A text with every snake_case code in it (<c>date_of_birth</c>, <c>cap_applies</c>) in words: its label,
    /// a fact's name, or the code with spaces. Rulebook notes and stored explanations quote codes.</summary>
    public static string Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SnakeCase().Replace(text, m => Labels.Has(m.Value) ? Labels.Of(m.Value) : FactName(m.Value));
    }

    // An exemption's id that opens a sentence reads as one: "The exemption EX-2371-8-RAJIN does not apply".
    [GeneratedRegex(@"(?<=^|[.!?] )(?=EX-[A-Za-z0-9-]+ )")]
    private static partial Regex OpeningExemption();

    [GeneratedRegex(@"(?<id>\S+) does not apply: (?<parts>.+?) does not hold\.")]
    private static partial Regex NotHolding();

    [GeneratedRegex(@"if (?<facts>[^()]+?) were established \((?<condition>.*?)\)\.(?= |$)")]
    private static partial Regex WouldApplyIf();

    [GeneratedRegex(@"The State must still notify the Committee \((?<condition>.*?)\)\.(?= |$)")]
    private static partial Regex MustNotify();

    [GeneratedRegex(@"Party '(?<name>.*?)' \((?<role>[^)]*)\) is designated \(")]
    private static partial Regex DesignatedParty();

    [GeneratedRegex(@"goods\[(?<index>\d+)\]\.hs (?<code>\S+) is not a code")]
    private static partial Regex UnknownHs();

    [GeneratedRegex(@"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")]
    private static partial Regex SnakeCase();

    [GeneratedRegex(@"(?<=[.!?]) +(?=[A-Za-z‘'“(])")]
    private static partial Regex SentenceEnd();

    /// <summary>What an explanation quotes from one rulebook: each measure's description and each condition's text.</summary>
    sealed record Quoted(IReadOnlyList<(string Described, string Plain)> Measures, FrozenDictionary<string, Condition> Conditions);

    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Rulebook, Quoted> QuotedCache = new();

    static Quoted QuotedOf(Rulebook rulebook) => QuotedCache.GetValue(rulebook, book =>
    {
        var measures = book.Measures
            .Select(m => (RuleEvaluator.Describe(m), $"the measure “{TimelineSvg.Short(m.Summary)}” ({string.Join(", ", m.Citations)}, {InForce(m.Validity)})"))
            .OrderByDescending(p => p.Item1.Length).ToList();
        var conditions = new Dictionary<string, Condition>(StringComparer.Ordinal);
        void Add(Condition? condition)
        {
            if (condition is null || !conditions.TryAdd(condition.Describe(), condition)) return;
            if (condition is CombinedCondition combined) foreach (var part in combined.Parts) Add(part);
        }
        foreach (var m in book.Measures)
        {
            foreach (var rule in m.Rules) Add(rule.When);
            foreach (var e in m.Exemptions) Add(e.When);
        }
        foreach (var e in book.GeneralExemptions) Add(e.When);
        foreach (var p in book.Proposals) foreach (var e in p.WouldExempt) Add(e.When);
        return new Quoted(measures, conditions.ToFrozenDictionary(StringComparer.Ordinal));
    });
}
