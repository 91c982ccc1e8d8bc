using System.Globalization;

namespace Interdict.Rules.Checks;

/// <summary>The value of one fact of a check: a boolean, a number, a text (enum or country), a date, or an object.</summary>
/// <remarks>The default value is <see cref="FactKind.None"/>: the fact is not established.</remarks>
public readonly record struct FactValue
{
    private FactValue(FactKind kind, bool boolean, double number, string? text, DateOnly date)
    {
        Kind = kind;
        Boolean = boolean;
        Number = number;
        Text = text;
        Date = date;
    }

    /// <summary>What the value holds.</summary>
    public FactKind Kind { get; }
    /// <summary>The boolean, when <see cref="Kind"/> is <see cref="FactKind.Boolean"/>.</summary>
    public bool Boolean { get; }
    /// <summary>The number, when <see cref="Kind"/> is <see cref="FactKind.Number"/>.</summary>
    public double Number { get; }
    /// <summary>The text, when <see cref="Kind"/> is <see cref="FactKind.Text"/>.</summary>
    public string? Text { get; }
    /// <summary>The date, when <see cref="Kind"/> is <see cref="FactKind.Date"/>.</summary>
    public DateOnly Date { get; }

    /// <summary>True unless the fact is not established.</summary>
    public bool IsEstablished => Kind != FactKind.None;

    /// <summary>A boolean fact.</summary>
    public static FactValue Of(bool value) => new(FactKind.Boolean, value, 0, null, default);
    /// <summary>A numeric fact.</summary>
    public static FactValue Of(double value) => new(FactKind.Number, false, value, null, default);
    /// <summary>A date fact.</summary>
    public static FactValue Of(DateOnly value) => new(FactKind.Date, false, 0, null, value);
    /// <summary>A text fact (enum value, country code); a text that reads as a date becomes a date.</summary>
    public static FactValue Of(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Of(date)
            : new(FactKind.Text, false, 0, value, default);
    /// <summary>An object fact (e.g. a Committee approval); its details are read elsewhere.</summary>
    public static FactValue Object() => new(FactKind.Object, false, 0, null, default);

    /// <summary>True when the value equals <paramref name="literal"/> as written in a rulebook (<c>true</c>, <c>KP</c>, <c>5</c>).</summary>
    public bool EqualsLiteral(string literal) => Kind switch
    {
        FactKind.Boolean => bool.TryParse(literal, out var b) && b == Boolean,
        FactKind.Number => double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n.Equals(Number),
        FactKind.Text => string.Equals(Text, literal, StringComparison.Ordinal),
        FactKind.Date => DateOnly.TryParseExact(literal, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d == Date,
        _ => false,
    };

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        FactKind.Boolean => Boolean ? "true" : "false",
        FactKind.Number => Number.ToString(CultureInfo.InvariantCulture),
        FactKind.Text => Text ?? "",
        FactKind.Date => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        FactKind.Object => "{…}",
        _ => "not established",
    };
}
