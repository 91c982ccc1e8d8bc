using System.Collections.Immutable;
using System.Globalization;
using Interdict.Rules.Checks;
using Interdict.Rules.Model;

namespace Interdict.Rules.Evaluation;

/// <summary>Decides a supply against a measure's caps: period of the date, conditions, the stop notice and the headroom.</summary>
static class CapEvaluation
{
    /// <summary>The result: an answer when the supply fits the cap, else the reasons it does not.</summary>
    /// <param name="Answer">The cap answer when the supply fits.</param>
    /// <param name="Cap">The cap whose period covers the date, if any.</param>
    /// <param name="Failures">Why the supply does not fit.</param>
    /// <param name="Missing">Facts a condition of the cap needs that the check does not establish.</param>
    /// <param name="Unverified">Why the quantity headroom could not be checked: an amount in a unit the ceiling's cannot
    /// be converted to (tons of diesel against a ceiling in barrels: no resolution states a factor). The cap still
    /// applies, its remaining quantity unknown, as when no ledger is given.</param>
    public sealed record Result(CapAnswer? Answer, Cap? Cap, IReadOnlyList<string> Failures, IReadOnlyList<string> Missing, IReadOnlyList<string> Unverified);

    public static Result Evaluate(Measure measure, CheckContext context, IReadOnlyList<Good> goods, ImmutableArray<ImmutableArray<string>> categories)
    {
        var check = context.Check;
        Cap? cap = null;
        (DateOnly First, DateOnly Last) period = default;
        foreach (var candidate in measure.Caps)
        {
            if (!candidate.Operative || candidate.PeriodOn(check.Date) is not { } p) continue;
            cap = candidate;
            period = p;
            break;
        }
        if (cap is null)
        {
            var reason = measure.OutsideCapPeriods == "prohibited"
                ? $"no cap period of {measure.Id} covers {check.Date:yyyy-MM-dd}, so the prohibition applies without a ceiling ({measure.OutsideCapPeriodsNote})"
                : $"no cap period of {measure.Id} covers {check.Date:yyyy-MM-dd}";
            return new Result(null, null, [reason], [], []);
        }

        var failures = new List<string>();
        var missing = new List<string>();
        var conditions = ImmutableArray.CreateBuilder<string>();
        foreach (var condition in measure.CapConditions)
        {
            conditions.Add(condition.Text);
            if (condition.NoDesignatedParty && context.AnyDesignated) failures.Add($"condition fails: {condition.Text} (a designated party is involved)");
            if (condition.NoticeStop && cap.StopAtNotice is { } stop && check.CapNotice.TryGetValue(cap.Id, out var notice) && notice >= stop)
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"the Committee Secretary's {notice} percent notice for {cap.Id} has been issued: supply must stop for the rest of the period"));
            if (condition.When is null) continue;
            var localMissing = new List<string>();
            switch (condition.When.Evaluate(context, localMissing))
            {
                case Truth.No: failures.Add($"condition fails: {condition.Text} ({condition.When.Describe()})"); break;
                case Truth.Unknown when !condition.Duty:
                    failures.Add($"condition not established: {condition.Text}");
                    missing.Add($"{string.Join(", ", localMissing)} ({condition.When.Describe()})");
                    break;
            }
        }

        var unverified = new List<string>();
        var (remainingQuantity, remainingValue, quantity, value, baseline, unit, ceilingQuantity) = Headroom(cap, period, check, goods, unverified);
        if (remainingQuantity is { } rq && (rq <= Tolerance(rq) || quantity > rq + Tolerance(rq)))
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"the supply ({quantity} {unit}) exceeds the remaining headroom of {cap.Id} ({Math.Max(rq, 0)} {unit})"));
        else if (remainingQuantity is null && ceilingQuantity is { } cq && quantity > cq + Tolerance(cq))
            // Without a ledger the remainder is unknown, but it is never more than the whole ceiling: a single supply
            // larger than the ceiling cannot fit, whatever was used before.
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"the supply ({quantity} {unit}) alone exceeds the whole ceiling of {cap.Id} ({cq} {unit})"));
        if (remainingValue is { } rv && (rv <= Tolerance(rv) || value > rv + Tolerance(rv)))
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"the supply (USD {value}) exceeds the remaining headroom of {cap.Id} (USD {Math.Max(rv, 0)})"));
        else if (remainingValue is null && cap.Ceiling.ValueUsd is { } cv && value > cv + Tolerance(cv))
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"the supply (USD {value}) alone exceeds the whole ceiling of {cap.Id} (USD {cv})"));

        var answer = new CapAnswer(cap.Id, baseline is null ? cap.Ceiling.Quantity : null, unit, cap.Ceiling.ValueUsd,
            cap.Ceiling.AltQuantity, cap.Ceiling.AltUnit, cap.Ceiling.Rule, period.First, period.Last,
            baseline?.From, baseline?.To, remainingQuantity, remainingValue, conditions.ToImmutable());
        return new Result(failures.Count == 0 ? answer : null, cap, failures, missing, unverified);
    }

    private static (double? RemainingQuantity, double? RemainingValue, double Quantity, double Value, (DateOnly From, DateOnly To)? Baseline, string? Unit, double? CeilingQuantity)
        Headroom(Cap cap, (DateOnly First, DateOnly Last) period, Check check, IReadOnlyList<Good> goods, List<string> unverified)
    {
        // A per-State baseline is the State's own supply, stated in its own unit (digest CAP-CRUDE-2375: unit
        // barrel_or_tonne): the supply and the amount used are counted in the baseline's unit, and converted only
        // by an exact definition (kg and t; l, m3 and bbl), never by a barrels-per-ton factor the resolution does not give.
        CapUsage? own = null;
        var ceiling = cap.Ceiling;
        if (ceiling.PerStateBaselineMonths is not null && check.CapBaseline.TryGetValue(cap.Id, out own) && own.Unit is { } ownUnit)
            ceiling = ceiling with { Unit = ownUnit };
        double quantity = 0, value = 0;
        var usedUnknown = false;
        foreach (var good in goods)
        {
            if (good.Quantity is { } q)
            {
                if (InCeilingUnit(q, good.Unit, ceiling) is { } counted) quantity += counted;
                else unverified.Add(NotComparable($"the supply's {q.ToString(CultureInfo.InvariantCulture)} {good.Unit}", cap.Id, ceiling.Unit));
            }
            if (good.ValueUsd is { } v) value += v;
        }
        check.CapUsed.TryGetValue(cap.Id, out var used);
        if (used?.AsOf is { } countedOn && countedOn < period.First)
        {
            // Totals counted before this period opened belong to an earlier one: what this period used is not known.
            unverified.Add(string.Create(CultureInfo.InvariantCulture,
                $"the totals given for {cap.Id} were counted on {countedOn:yyyy-MM-dd}, before its period opened on {period.First:yyyy-MM-dd}: they are not this period's, so the headroom is not verified"));
            used = null;
            usedUnknown = true;
        }
        (DateOnly From, DateOnly To)? baseline = null;
        double? ceilingQuantity = ceiling.Quantity;
        if (ceiling.PerStateBaselineMonths is { } months)
        {
            baseline = (cap.From.AddMonths(-months), cap.From.AddDays(-1));
            ceilingQuantity = own?.Quantity;
        }
        double? usedQuantity = usedUnknown ? null : 0;
        if (used is { Quantity: { } uq })
        {
            usedQuantity = InCeilingUnit(uq, used.Unit, ceiling);
            if (usedQuantity is null) unverified.Add(NotComparable($"the {uq.ToString(CultureInfo.InvariantCulture)} {used.Unit} already used", cap.Id, ceiling.Unit));
        }
        double? remainingQuantity = ceilingQuantity is { } cq && usedQuantity is { } uc && (used?.Quantity is not null || baseline is not null)
            ? cq - uc
            : null;
        // A supply partly in another unit is counted by the part that converts: a lower bound, so exceeding the
        // remainder with it is certain, and fitting is reported unverified.
        double? remainingValue = ceiling.ValueUsd is { } cv && used?.ValueUsd is { } uv ? cv - uv : null;
        return (remainingQuantity, remainingValue, quantity, value, baseline, ceiling.Unit, ceilingQuantity);
    }

    private static string NotComparable(string amount, string capId, string? unit) =>
        $"{amount} cannot be counted against {capId}, whose ceiling is in {unit}: no equivalence between the units is stated, so the headroom is not verified";

    /// <summary>A quantity in the ceiling's unit: as given when the units agree (or one is not stated); through the
    /// ceiling's own equivalence when it states the same ceiling in two units (2397 op4: 4,000,000 barrels or 525,000
    /// tons of crude oil); masses (kg, t) and volumes (l, m3, bbl) among themselves by their exact definitions. Null when the units
    /// cannot be compared (the quantity is then not counted, as before a unit was known).</summary>
    internal static double? InCeilingUnit(double quantity, string? unit, CapCeiling ceiling)
    {
        if (unit is null || ceiling.Unit is null || string.Equals(unit, ceiling.Unit, StringComparison.Ordinal)) return quantity;
        if (ceiling.Rule == SameCeilingTwoUnits && ceiling is { Quantity: { } primary, AltQuantity: { } alternative, AltUnit: { } altUnit } && alternative > 0
            && Convert(quantity, unit, altUnit) is { } inAlternative)
            return inAlternative * primary / alternative;
        return Convert(quantity, unit, ceiling.Unit);
    }

    /// <summary>The ceiling rule of a cap stated in two units that are one ceiling, not two.</summary>
    internal const string SameCeilingTwoUnits = "same_ceiling_two_units";

    private const double LitresPerBarrel = 158.987294928; // the US oil barrel: 42 US gallons of 3.785411784 l

    /// <summary>Each unit as a multiple of its dimension's base (tons for mass, litres for volume): conversions
    /// by definition only; a mass and a volume are never converted into each other.</summary>
    private static readonly Dictionary<string, (string Dimension, double Factor)> Units = new(StringComparer.Ordinal)
    {
        ["t"] = ("mass", 1),
        ["kg"] = ("mass", 0.001),
        ["l"] = ("volume", 1),
        ["m3"] = ("volume", 1000),
        ["bbl"] = ("volume", LitresPerBarrel),
    };

    private static double? Convert(double quantity, string from, string to)
    {
        if (from == to) return quantity;
        if (!Units.TryGetValue(from, out var source) || !Units.TryGetValue(to, out var target) || source.Dimension != target.Dimension) return null;
        return quantity * source.Factor / target.Factor;
    }

    /// <summary>What a comparison with a headroom of <paramref name="amount"/> forgives: amounts converted through a
    /// ceiling's equivalence (525,000 t as 4,000,000 bbl) carry a rounding error of about 1e-10, and a supply that
    /// exactly fills the ceiling must fit.</summary>
    private static double Tolerance(double amount) => Math.Max(1e-9, Math.Abs(amount) * 1e-12);
}
