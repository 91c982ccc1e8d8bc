namespace Interdict.Core.Lists;

/// <summary>One published version of a sanctions list.</summary>
/// <param name="Source">The list's short id: <c>un</c>, <c>ofac</c>.</param>
/// <param name="Generated">When the publisher generated this version (the UN's <c>dateGenerated</c>,
/// OFAC's publication date).</param>
/// <param name="Origin">Where it was read from (file name, URL, "embedded").</param>
/// <remarks>A version is in force from <see cref="Generated"/> until the next version of the same source.</remarks>
public sealed record ListVersion(string Source, DateTimeOffset Generated, string Origin)
{
    /// <summary>The version's label: the generation instant, ISO 8601.</summary>
    public string Label => Generated.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The day on which this version came into force.</summary>
    public DateOnly Date => DateOnly.FromDateTime(Generated.UtcDateTime);

    /// <inheritdoc/>
    public override string ToString() => $"{Source} {Label}";
}
