namespace Interdict.Rules.Checks;

/// <summary>What a <see cref="FactValue"/> holds.</summary>
public enum FactKind
{
    /// <summary>Not established (absent or null).</summary>
    None = 0,
    /// <summary>A boolean.</summary>
    Boolean,
    /// <summary>A number.</summary>
    Number,
    /// <summary>A text: an enum value or a country code.</summary>
    Text,
    /// <summary>A date.</summary>
    Date,
    /// <summary>An object.</summary>
    Object,
}
