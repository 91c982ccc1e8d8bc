using System.Collections.Immutable;

namespace Interdict.Rules.Model;

/// <summary>How sure the research is of an item (carried from the research digest).</summary>
/// <param name="Level"><c>high</c>, <c>medium</c> or <c>low</c>.</param>
/// <param name="Basis"><c>verified-by-source</c>, <c>from-memory</c> or <c>interpretation</c>.</param>
/// <param name="Sources">Source ids (<c>S01</c>…).</param>
/// <param name="Note">What was or was not verified.</param>
public sealed record Confidence(string Level, string Basis, ImmutableArray<string> Sources, string? Note)
{
    /// <summary>One-line form: <c>high, verified-by-source (S16)</c>.</summary>
    public override string ToString() =>
        $"{Level}, {Basis}{(Sources.IsDefaultOrEmpty ? "" : $" ({string.Join(", ", Sources)})")}{(Note is null ? "" : $": {Note}")}";
}
