using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Interdict.Storage.Tests;

/// <summary>Discovers <see cref="StoreFactAttribute"/> tests, deciding skip or failure from the concrete test class
/// (the contract tests live in an abstract base class shared by the SQLite and PostgreSQL classes).</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    /// <summary>Why a test of this class is skipped here, or null when it runs.</summary>
    public static string? SkipReason(ITypeInfo type)
    {
        if (type.GetCustomAttributes(typeof(PostgresTestsAttribute)).Any() && PostgresConnection is null)
            return "PG_CONN is unset: no PostgreSQL to test against (scripts/test starts one when PostgreSQL is installed).";
        if (type.GetCustomAttributes(typeof(StorageBenchmarkAttribute)).Any() && Environment.GetEnvironmentVariable("INTERDICT_STORAGE_BENCH") != "1")
            return "A measurement: set INTERDICT_STORAGE_BENCH=1 to run it.";
        return null;
    }

    public static string? PostgresConnection => Environment.GetEnvironmentVariable("PG_CONN") is { Length: > 0 } value ? value : null;

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        if (testMethod.TestClass.Class.GetCustomAttributes(typeof(PostgresTestsAttribute)).Any() && PostgresConnection is null
            && Environment.GetEnvironmentVariable("INTERDICT_REQUIRE_POSTGRES") == "1")
        {
            return [new ExecutionErrorTestCase(diagnosticMessageSink, display, displayOptions, testMethod,
                "INTERDICT_REQUIRE_POSTGRES=1 but PG_CONN is unset: the PostgreSQL tests cannot run (start one with scripts/pg-start.sh).")];
        }
        return [new StoreTestCase(diagnosticMessageSink, display, displayOptions, testMethod)];
    }
}

/// <summary>A test case whose skip reason comes from its concrete class (see <see cref="StoreFactDiscoverer.SkipReason"/>).</summary>
public sealed class StoreTestCase : XunitTestCase
{
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("For deserialisation only.")]
    public StoreTestCase() { }

    public StoreTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod)
        : base(sink, display, options, testMethod) { }

    protected override string? GetSkipReason(IAttributeInfo factAttribute) =>
        StoreFactDiscoverer.SkipReason(TestMethod.TestClass.Class) ?? base.GetSkipReason(factAttribute);
}
