namespace Interdict.Storage.Sql;

/// <summary>The last record of the audit chain: where the next one attaches.</summary>
internal sealed class AuditHead
{
    public const string Sql = "SELECT sequence, hash FROM audit_records ORDER BY sequence DESC LIMIT 1";

    public long Sequence { get; set; }
    public string Hash { get; set; } = "";
}
