using Interdict.Core.Audit;

namespace Interdict.Storage.Sql;

/// <summary>An <c>audit_records</c> row.</summary>
internal sealed class AuditRow
{
    public const string Columns = "sequence, at, actor, action, subject, inputs, outputs, list_versions, rulebook_version, previous_hash, hash";

    /// <summary>The insert of one row, its parameters named after the properties (<see cref="RowCommand{TRow}"/>).</summary>
    public const string InsertSql = $"INSERT INTO audit_records ({Columns}) VALUES (@Sequence, @At, @Actor, @Action, @Subject, @Inputs, @Outputs, @ListVersions, @RulebookVersion, @PreviousHash, @Hash)";

    public long Sequence { get; set; }
    public long At { get; set; }
    public string Actor { get; set; } = "";
    public string Action { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Inputs { get; set; } = "";
    public string Outputs { get; set; } = "";
    public string ListVersions { get; set; } = "[]";
    public string? RulebookVersion { get; set; }
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";

    public static AuditRow From(AuditRecord record) => new()
    {
        Sequence = record.Sequence,
        At = Micros.Of(record.At),
        Actor = record.Actor,
        Action = record.Action,
        Subject = record.Subject,
        Inputs = record.Inputs,
        Outputs = record.Outputs,
        ListVersions = JsonText.Strings(record.ListVersions),
        RulebookVersion = record.RulebookVersion,
        PreviousHash = record.PreviousHash,
        Hash = record.Hash,
    };

    public AuditRecord ToRecord() => new()
    {
        Sequence = Sequence,
        At = Micros.To(At),
        Actor = Actor,
        Action = Action,
        Subject = Subject,
        Inputs = Inputs,
        Outputs = Outputs,
        ListVersions = JsonText.ReadStrings(ListVersions),
        RulebookVersion = RulebookVersion,
        PreviousHash = PreviousHash,
        Hash = Hash,
    };
}
