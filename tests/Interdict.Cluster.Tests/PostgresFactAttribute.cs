namespace Interdict.Cluster.Tests;

/// <summary>A test that needs PostgreSQL (<c>PG_CONN</c>, which scripts/test sets when it starts one): skipped with the
/// reason when the variable is absent, except under <c>INTERDICT_REQUIRE_POSTGRES=1</c> (CI), where it runs and fails.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (Connection is null && Environment.GetEnvironmentVariable("INTERDICT_REQUIRE_POSTGRES") != "1")
            Skip = "PG_CONN is unset: no PostgreSQL to run a cluster on (scripts/test starts one when PostgreSQL is installed).";
    }

    public static string? Connection => Environment.GetEnvironmentVariable("PG_CONN") is { Length: > 0 } value ? value : null;
}
