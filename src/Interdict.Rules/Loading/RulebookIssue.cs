namespace Interdict.Rules.Loading;

/// <summary>One reason a rulebook was refused.</summary>
/// <param name="Item">The item at fault (<c>measure M-2321-26</c>).</param>
/// <param name="Field">The field at fault (<c>goods.hs[2]</c>).</param>
/// <param name="Message">What is wrong.</param>
public sealed record RulebookIssue(string Item, string Field, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Item}, field {Field}: {Message}";
}
