namespace Interdict.Server.Tests.Support;

/// <summary>Whether the PostgreSQL variants run: when <c>PG_CONN</c> is set — and always when
/// <c>INTERDICT_REQUIRE_POSTGRES=1</c>, so CI can never skip them silently (they then fail without a server).</summary>
static class Postgres
{
    public static string? ConnectionString => Environment.GetEnvironmentVariable("PG_CONN");

    public static bool Required => Environment.GetEnvironmentVariable("INTERDICT_REQUIRE_POSTGRES") == "1";

    public static bool Enabled => !string.IsNullOrWhiteSpace(ConnectionString) || Required;

    /// <summary>The providers the API tests run against.</summary>
    public static TheoryData<string> Providers()
    {
        var data = new TheoryData<string> { "sqlite" };
        if (Enabled) data.Add("postgres");
        return data;
    }
}
