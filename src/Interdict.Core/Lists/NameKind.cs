namespace Interdict.Core.Lists;

/// <summary>The role of a name within a list entry.</summary>
public enum NameKind
{
    /// <summary>The entry's main name.</summary>
    Primary = 0,
    /// <summary>Also known as.</summary>
    Alias,
    /// <summary>Formerly known as.</summary>
    FormerName,
    /// <summary>The name written in its original (non-Latin) script.</summary>
    OriginalScript,
}
