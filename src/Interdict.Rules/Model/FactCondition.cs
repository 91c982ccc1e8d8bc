using System.Collections.Immutable;
using System.Globalization;
using Interdict.Rules.Checks;
using Interdict.Rules.Evaluation;

namespace Interdict.Rules.Model;

/// <summary>A test of one fact: <c>is</c>, <c>is_not</c>, <c>in</c>, <c>not_in</c>, <c>at_least</c>, <c>before</c>,
/// <c>not_after</c>, <c>within_days</c>, <c>before_listing</c>.</summary>
public sealed class FactCondition : Condition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="fact">A fact name or a check path (<c>vessel.flag</c>, <c>party.type</c>, <c>date</c>).</param>
    /// <param name="test">The test.</param>
    /// <param name="values">Literal values for <c>is</c>, <c>is_not</c>, <c>in</c>, <c>not_in</c>.</param>
    /// <param name="number">Threshold for <c>at_least</c> and <c>within_days</c>.</param>
    /// <param name="date">Date for <c>before</c> and <c>not_after</c>.</param>
    /// <param name="absentOk">When true, a fact that is not established satisfies the condition.</param>
    public FactCondition(string fact, FactTest test, ImmutableArray<string> values, double number, DateOnly date, bool absentOk)
    {
        Fact = fact;
        Test = test;
        Values = values;
        Number = number;
        Date = date;
        AbsentOk = absentOk;
    }

    /// <summary>The fact or path tested.</summary>
    public string Fact { get; }
    /// <summary>The test.</summary>
    public FactTest Test { get; }
    /// <summary>Literal values.</summary>
    public ImmutableArray<string> Values { get; }
    /// <summary>Numeric threshold.</summary>
    public double Number { get; }
    /// <summary>Date bound.</summary>
    public DateOnly Date { get; }
    /// <summary>Whether an absent fact passes.</summary>
    public bool AbsentOk { get; }

    internal override Truth Evaluate(CheckContext context, List<string>? missing)
    {
        if (Fact.StartsWith("party.", StringComparison.Ordinal)) return EvaluateOnParties(context);
        if (Fact == "goods.origin") return EvaluateOnGoods(context);
        var value = context.Check.Lookup(Fact);
        if (Test == FactTest.Established) return Of(value.IsEstablished == (Values[0] == "true"));
        if (!value.IsEstablished)
        {
            // Negative tests read "not established" as "not shown to be so" (e.g. revenue not established).
            if (AbsentOk || Test is FactTest.IsNot or FactTest.NotIn) return Truth.Yes;
            missing?.Add(Fact);
            return Truth.Unknown;
        }
        return Test switch
        {
            FactTest.Is => Of(Values.Any(value.EqualsLiteral)),
            FactTest.In => Of(Values.Any(value.EqualsLiteral)),
            FactTest.IsNot or FactTest.NotIn => Of(!Values.Any(value.EqualsLiteral)),
            FactTest.AtLeast => Of(value.Kind == FactKind.Number && value.Number >= Number),
            FactTest.Before => Of(value.Kind == FactKind.Date && value.Date < Date),
            FactTest.NotAfter => Of(value.Kind == FactKind.Date && value.Date <= Date),
            FactTest.NotBefore => Of(value.Kind == FactKind.Date && value.Date >= Date),
            FactTest.WithinDays => Of(value.Kind == FactKind.Date && value.Date <= context.Check.Date
                                      && context.Check.Date.DayNumber - value.Date.DayNumber <= Number),
            FactTest.BeforeListing => BeforeListing(context, value, missing),
            _ => Truth.No,
        };
    }

    private static Truth BeforeListing(CheckContext context, FactValue value, List<string>? missing)
    {
        if (context.EarliestListing is not { } listed)
        {
            missing?.Add("listed_on (the listing date of the designated party)");
            return Truth.Unknown;
        }
        return Of(value.Kind == FactKind.Date && value.Date < listed);
    }

    private Truth EvaluateOnParties(CheckContext context)
    {
        var field = Fact["party.".Length..];
        var any = false;
        foreach (var party in context.Check.Parties)
        {
            var text = field switch { "type" => party.Type, "country" => party.Country, "role" => party.Role, _ => null };
            any |= text is not null && Values.Contains(text, StringComparer.Ordinal);
        }
        return Test is FactTest.IsNot or FactTest.NotIn ? Of(!any) : Of(any);
    }

    // Some good of the check has its established origin among the values (a declared origin that differs is a false
    // declaration, CHECK-FORMAT §1.2, and is not read). A good of unknown origin is not of any.
    private Truth EvaluateOnGoods(CheckContext context)
    {
        var any = false;
        foreach (var good in context.Check.Goods)
        {
            any |= good.Origin is not null && Values.Contains(good.Origin, StringComparer.Ordinal);
        }
        return Test is FactTest.IsNot or FactTest.NotIn ? Of(!any) : Of(any);
    }

    private static Truth Of(bool value) => value ? Truth.Yes : Truth.No;

    /// <inheritdoc/>
    protected override string Render() => Test switch
    {
        FactTest.Is => $"{Fact} is {Values[0]}",
        FactTest.IsNot => $"{Fact} is not {Values[0]}",
        FactTest.In => $"{Fact} in [{string.Join(", ", Values)}]",
        FactTest.NotIn => $"{Fact} not in [{string.Join(", ", Values)}]",
        FactTest.AtLeast => string.Create(CultureInfo.InvariantCulture, $"{Fact} at least {Number}"),
        FactTest.Before => string.Create(CultureInfo.InvariantCulture, $"{Fact} before {Date:yyyy-MM-dd}"),
        FactTest.NotAfter => string.Create(CultureInfo.InvariantCulture, $"{Fact} on or before {Date:yyyy-MM-dd}{(AbsentOk ? " (if given)" : "")}"),
        FactTest.NotBefore => string.Create(CultureInfo.InvariantCulture, $"{Fact} on or after {Date:yyyy-MM-dd}"),
        FactTest.WithinDays => string.Create(CultureInfo.InvariantCulture, $"{Fact} within {Number} days before the check date"),
        FactTest.BeforeListing => $"{Fact} before the party's listing date",
        FactTest.Established => Values[0] == "true" ? $"{Fact} is established" : $"{Fact} is not established",
        _ => Fact,
    };
}
