namespace Interdict.Core.Lists;

/// <summary>A unique identifier of a party (IMO number, SWIFT/BIC…).</summary>
/// <param name="Kind">What the value identifies.</param>
/// <param name="Value">The value, normalised by its kind: digits only for IMO, upper case without spaces for BIC.</param>
public sealed record Identifier(IdentifierKind Kind, string Value)
{
    /// <summary>The value in its canonical form.</summary>
    public string Value { get; } = Canonical(Value);

    /// <summary>Puts an identifier value in canonical form: upper case, letters and digits only,
    /// a leading <c>IMO</c> dropped.</summary>
    public static string Canonical(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Span<char> buffer = stackalloc char[value.Length];
        var length = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiLetterOrDigit(c)) buffer[length++] = char.ToUpperInvariant(c);
        }
        var canonical = new string(buffer[..length]);
        return canonical.StartsWith("IMO", StringComparison.Ordinal) && canonical.Length > 3 && char.IsAsciiDigit(canonical[3])
            ? canonical[3..]
            : canonical;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {Value}";
}
