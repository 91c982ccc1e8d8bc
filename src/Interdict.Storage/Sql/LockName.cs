namespace Interdict.Storage.Sql;

/// <summary>Critical sections serialised across processes; the value is the PostgreSQL advisory lock key.</summary>
internal enum LockName : long
{
    /// <summary>Applying migrations.</summary>
    Migrations = 0x1D_0001,
    /// <summary>Reading the audit chain's head and appending after it.</summary>
    AuditChain = 0x1D_0002,
}
