using System.Collections.Immutable;

namespace Interdict.Core.Audit;

/// <summary>What a caller asks the audit log to append; the log adds the sequence, time and hashes.</summary>
/// <param name="Actor">Who acted: an API key's name, a user, or <c>system</c>.</param>
/// <param name="Action">What was done; see <see cref="AuditActions"/>.</param>
/// <param name="Subject">What it was done to: a customer id, an alert id, a list label; empty when none.</param>
public sealed record AuditEntry(string Actor, string Action, string Subject)
{
    /// <summary>The actor, checked: not blank.</summary>
    public string Actor { get; } = Check(Actor, nameof(Actor));
    /// <summary>The action, checked: not blank.</summary>
    public string Action { get; } = Check(Action, nameof(Action));
    /// <summary>The subject (never null).</summary>
    public string Subject { get; } = Subject ?? "";
    /// <summary>The request's inputs as JSON text, kept byte for byte (the hash covers the exact text).</summary>
    public string Inputs { get; init; } = "{}";
    /// <summary>The outputs as JSON text, kept byte for byte.</summary>
    public string Outputs { get; init; } = "{}";
    /// <summary>Labels of the list versions in force (<c>un 2026-01-05T10:00:00Z</c>).</summary>
    public ImmutableArray<string> ListVersions { get; init; } = [];
    /// <summary>The rulebook version used, when a check was made.</summary>
    public string? RulebookVersion { get; init; }

    static string Check(string value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value;
    }
}
