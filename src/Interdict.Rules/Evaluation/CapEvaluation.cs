using System.Collections.Immutable;
using System.Globalization;
using Interdict.Rules.Checks;
using Interdict.Rules.Model;

namespace Interdict.Rules.Evaluation;

/// <summary>Decides a supply against a measure's caps: period of the date, conditions, the stop notice and the headroom.</summary>
static class CapEvaluation
{
    /// <summary>The result: an answer when the supply fits the cap, else the reasons it does not.</summary>
    public sealed record Result(CapAnswer? Answer, Cap? Cap, IReadOnlyList<string> Failures, IReadOnlyList<string> Missing);

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
            return new Result(null, null, [reason], []);
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

        var (remainingQuantity, remainingValue, quantity, value, baseline) = Headroom(cap, period, check, goods);
        if (remainingQuantity is { } rq && (rq <= 0 || quantity > rq))
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"the supply ({quantity} {cap.Ceiling.Unit}) exceeds the remaining headroom of {cap.Id} ({Math.Max(rq, 0)} {cap.Ceiling.Unit})"));
        if (remainingValue is { } rv && (rv <= 0 || value > rv))
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"the supply (USD {value}) exceeds the remaining headroom of {cap.Id} (USD {Math.Max(rv, 0)})"));

        var answer = new CapAnswer(cap.Id, baseline is null ? cap.Ceiling.Quantity : null, cap.Ceiling.Unit, cap.Ceiling.ValueUsd,
            cap.Ceiling.AltQuantity, cap.Ceiling.AltUnit, cap.Ceiling.Rule, period.First, period.Last,
            baseline?.From, baseline?.To, remainingQuantity, remainingValue, conditions.ToImmutable());
        return new Result(failures.Count == 0 ? answer : null, cap, failures, missing);
    }

    private static (double? RemainingQuantity, double? RemainingValue, double Quantity, double Value, (DateOnly From, DateOnly To)? Baseline)
        Headroom(Cap cap, (DateOnly First, DateOnly Last) period, Check check, IReadOnlyList<Good> goods)
    {
        double quantity = 0, value = 0;
        foreach (var good in goods)
        {
            if (good.Quantity is { } q && SameUnit(good.Unit, cap.Ceiling.Unit)) quantity += q;
            if (good.ValueUsd is { } v) value += v;
        }
        check.CapUsed.TryGetValue(cap.Id, out var used);
        (DateOnly From, DateOnly To)? baseline = null;
        double? ceilingQuantity = cap.Ceiling.Quantity;
        if (cap.Ceiling.PerStateBaselineMonths is { } months)
        {
            baseline = (cap.From.AddMonths(-months), cap.From.AddDays(-1));
            ceilingQuantity = check.CapBaseline.TryGetValue(cap.Id, out var own) && SameUnit(own.Unit, cap.Ceiling.Unit) ? own.Quantity : null;
        }
        double? remainingQuantity = ceilingQuantity is { } cq && (used?.Quantity is not null || baseline is not null)
            ? cq - (used is { Quantity: { } uq } && SameUnit(used.Unit, cap.Ceiling.Unit) ? uq : 0)
            : null;
        double? remainingValue = cap.Ceiling.ValueUsd is { } cv && used?.ValueUsd is { } uv ? cv - uv : null;
        return (remainingQuantity, remainingValue, quantity, value, baseline);
    }

    private static bool SameUnit(string? a, string? b) => a is null || b is null || string.Equals(a, b, StringComparison.Ordinal);
}
