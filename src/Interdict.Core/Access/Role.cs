namespace Interdict.Core.Access;

/// <summary>What an API key may do. Roles are ordered: each includes the rights of those before it.</summary>
public enum Role
{
    /// <summary>Screens and checks; reads lists.</summary>
    Screener = 0,
    /// <summary>Also manages customers, reads alerts and proposes decisions.</summary>
    Analyst,
    /// <summary>Also confirms or rejects proposals and reads the audit trail.</summary>
    Supervisor,
    /// <summary>Also imports lists and manages API keys.</summary>
    Admin,
}
