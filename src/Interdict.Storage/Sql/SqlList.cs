using System.Globalization;
using Dapper;

namespace Interdict.Storage.Sql;

/// <summary>A list of values for <c>IN (…)</c>, as explicit placeholders: Dapper expands <c>IN @list</c> for SQLite but
/// sends an array to Npgsql, which PostgreSQL refuses there.</summary>
static class SqlList
{
    /// <summary>Values per statement: well under every provider's limit of bound parameters (SQLite's is 32,766).</summary>
    public const int ChunkSize = 500;

    /// <summary>The distinct values in chunks of at most <see cref="ChunkSize"/>.</summary>
    public static IEnumerable<string[]> Chunks(IEnumerable<string> values) => values.Distinct(StringComparer.Ordinal).Chunk(ChunkSize);

    /// <summary><c>@v0, @v1, …</c> and the parameters that bind them.</summary>
    public static (string Placeholders, DynamicParameters Parameters) Of(IReadOnlyList<string> values)
    {
        var parameters = new DynamicParameters();
        var names = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            names[i] = "@v" + i.ToString(CultureInfo.InvariantCulture);
            parameters.Add(names[i], values[i]);
        }
        return (string.Join(", ", names), parameters);
    }
}
