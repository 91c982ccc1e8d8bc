namespace Interdict.Rules.Loading;

/// <summary>A rulebook failed validation; <see cref="Issues"/> names every item and field at fault.</summary>
public sealed class RulebookException : Exception
{
    /// <summary>Creates the exception from its issues.</summary>
    public RulebookException(IReadOnlyList<RulebookIssue> issues)
        : base($"invalid rulebook ({issues.Count} issue{(issues.Count == 1 ? "" : "s")}):{Environment.NewLine}  "
               + string.Join(Environment.NewLine + "  ", issues))
        => Issues = issues;

    /// <summary>Creates the exception with a message.</summary>
    public RulebookException() : this([]) { }

    /// <summary>Creates the exception with a message.</summary>
    public RulebookException(string message) : base(message) => Issues = [];

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public RulebookException(string message, Exception inner) : base(message, inner) => Issues = [];

    /// <summary>Every issue found.</summary>
    public IReadOnlyList<RulebookIssue> Issues { get; }
}
