using Interdict.Lists;

namespace Interdict.Hosting.Lists;

/// <summary>What an import did.</summary>
/// <param name="Result">The parse result (with its issues).</param>
/// <param name="Stored">True when the version was new and is now stored.</param>
/// <param name="AlreadyLoaded">True when the same version was already loaded, so nothing was stored.</param>
public sealed record ImportOutcome(ImportResult Result, bool Stored, bool AlreadyLoaded)
{
    /// <summary>Why the version was refused (<see cref="ListPlausibility"/>), or null when it was not: nothing was stored then.</summary>
    public ListRefusal? Refusal { get; init; }
}
