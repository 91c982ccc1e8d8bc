namespace Interdict.Matching.Normalization;

/// <summary>A name as the matcher sees it: normalised words, in the order written, each with its kind.</summary>
public sealed class NormalizedName
{
    /// <summary>Creates a name from parallel arrays of words and kinds.</summary>
    public NormalizedName(string[] tokens, TokenKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(kinds);
        if (tokens.Length != kinds.Length) throw new ArgumentException("One kind per token.", nameof(kinds));
        Tokens = tokens;
        Kinds = kinds;
        Key = string.Join(' ', tokens);
    }

    /// <summary>The words.</summary>
    public IReadOnlyList<string> Tokens { get; }
    /// <summary>The kind of each word.</summary>
    public IReadOnlyList<TokenKind> Kinds { get; }
    /// <summary>The words joined by single spaces: equal keys mean equal normalised names.</summary>
    public string Key { get; }
    /// <summary>Number of words.</summary>
    public int Count => Tokens.Count;

    /// <inheritdoc/>
    public override string ToString() => Key;
}
