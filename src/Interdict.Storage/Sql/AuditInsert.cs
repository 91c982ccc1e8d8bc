using System.Data;
using System.Data.Common;

namespace Interdict.Storage.Sql;

/// <summary>The insert of one audit record, with its parameters on a reusable command.</summary>
internal sealed class AuditInsert
{
    public const string Sql = """
        INSERT INTO audit_records (sequence, at, actor, action, subject, inputs, outputs, list_versions, rulebook_version, previous_hash, hash)
        VALUES (@Sequence, @At, @Actor, @Action, @Subject, @Inputs, @Outputs, @ListVersions, @RulebookVersion, @PreviousHash, @Hash)
        """;

    readonly DbParameter[] _parameters;

    AuditInsert(DbParameter[] parameters) => _parameters = parameters;

    public static AuditInsert Add(DbCommand command) => new(
    [
        CustomerParameters.Parameter(command, "@Sequence", DbType.Int64),
        CustomerParameters.Parameter(command, "@At", DbType.Int64),
        CustomerParameters.Parameter(command, "@Actor", DbType.String),
        CustomerParameters.Parameter(command, "@Action", DbType.String),
        CustomerParameters.Parameter(command, "@Subject", DbType.String),
        CustomerParameters.Parameter(command, "@Inputs", DbType.String),
        CustomerParameters.Parameter(command, "@Outputs", DbType.String),
        CustomerParameters.Parameter(command, "@ListVersions", DbType.String),
        CustomerParameters.Parameter(command, "@RulebookVersion", DbType.String),
        CustomerParameters.Parameter(command, "@PreviousHash", DbType.String),
        CustomerParameters.Parameter(command, "@Hash", DbType.String),
    ]);

    public void Set(AuditRow row)
    {
        _parameters[0].Value = row.Sequence;
        _parameters[1].Value = row.At;
        _parameters[2].Value = row.Actor;
        _parameters[3].Value = row.Action;
        _parameters[4].Value = row.Subject;
        _parameters[5].Value = row.Inputs;
        _parameters[6].Value = row.Outputs;
        _parameters[7].Value = row.ListVersions;
        _parameters[8].Value = (object?)row.RulebookVersion ?? DBNull.Value;
        _parameters[9].Value = row.PreviousHash;
        _parameters[10].Value = row.Hash;
    }
}
