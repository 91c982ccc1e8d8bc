using Interdict.Core.Access;

namespace Interdict.Hosting.Access;

/// <summary>Who is acting: the name recorded in the audit trail and in four-eyes decisions, and the role held.</summary>
/// <param name="Name">The API key's name (or <c>system</c>, <c>cli</c>).</param>
/// <param name="Role">The role.</param>
public sealed record Actor(string Name, Role Role)
{
    /// <summary>The service itself (list updates, start-up).</summary>
    public static Actor System { get; } = new("system", Role.Admin);
}
