using System.Data;
using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Interdict.Storage.Sql;

/// <summary>A statement prepared once and run row after row, its parameters (<c>@Property</c>) bound from the
/// properties of <typeparamref name="TRow"/>: thousands of alerts are written without parsing the statement and building
/// its parameters thousands of times. The properties are read through delegates compiled once per row type, not by
/// reflection per row: a bulk import binds millions of values.</summary>
internal sealed partial class RowCommand<TRow> : IDisposable
{
    /// <summary>Each property of <typeparamref name="TRow"/> with its compiled reader, built once per row type: a
    /// statement is prepared per batch (every batch of audit records), and compiling per batch would cost more than
    /// the batch.</summary>
    static readonly Dictionary<string, (PropertyInfo Property, Func<TRow, object?> Read)> Readers =
        typeof(TRow).GetProperties().ToDictionary(p => p.Name, p => (p, Reader(p)), StringComparer.Ordinal);

    readonly DbCommand _command;
    readonly (DbParameter Parameter, Func<TRow, object?> Read)[] _bindings;

    public RowCommand(DbConnection connection, DbTransaction transaction, string sql)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        var named = ParameterName().Matches(sql).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        _bindings = [.. Readers.Values.Where(r => named.Contains(r.Property.Name)).Select(r => (Add(r.Property), r.Read))];
        _command.Prepare();
    }

    /// <summary>Runs the statement for <paramref name="row"/> without awaiting: SQLite runs it synchronously anyway, and
    /// a million rows are spared a million state machines.</summary>
    public void Execute(TRow row)
    {
        Bind(row);
        _command.ExecuteNonQuery();
    }

    /// <summary>Runs the statement for <paramref name="row"/> and returns the first column of its first row.</summary>
    public async Task<object?> ScalarAsync(TRow row, CancellationToken cancellationToken)
    {
        Bind(row);
        return await _command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the statement for <paramref name="row"/>.</summary>
    public async Task ExecuteAsync(TRow row, CancellationToken cancellationToken)
    {
        Bind(row);
        await _command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _command.Dispose();

    void Bind(TRow row)
    {
        foreach (var (parameter, read) in _bindings) parameter.Value = read(row) ?? DBNull.Value;
    }

    static Func<TRow, object?> Reader(PropertyInfo property)
    {
        var row = Expression.Parameter(typeof(TRow), "row");
        return Expression.Lambda<Func<TRow, object?>>(Expression.Convert(Expression.Property(row, property), typeof(object)), row).Compile();
    }

    DbParameter Add(PropertyInfo property)
    {
        var parameter = _command.CreateParameter();
        parameter.ParameterName = "@" + property.Name;
        parameter.DbType = (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) switch
        {
            var t when t == typeof(long) => DbType.Int64,
            var t when t == typeof(int) => DbType.Int32,
            var t when t == typeof(double) => DbType.Double,
            var t when t == typeof(bool) => DbType.Boolean,
            _ => DbType.String,
        };
        _command.Parameters.Add(parameter);
        return parameter;
    }

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex ParameterName();
}
