using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Interdict.Storage.Tests;

/// <summary>Discovers <see cref="StoreFactAttribute"/> tests, deciding skip or failure from the concrete test class
/// (the contract tests live in an abstract base class shared by the SQLite and PostgreSQL classes).</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public static string? PostgresConnection => Environment.GetEnvironmentVariable("PG_CONN") is { Length: > 0 } value ? value : null;

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var type = testMethod.TestClass.Class;
        string? skip = null;
        if (type.GetCustomAttributes(typeof(PostgresTestsAttribute)).Any() && PostgresConnection is null)
        {
            if (Environment.GetEnvironmentVariable("INTERDICT_REQUIRE_POSTGRES") == "1")
            {
                return [new ExecutionErrorTestCase(diagnosticMessageSink, display, displayOptions, testMethod,
                    "INTERDICT_REQUIRE_POSTGRES=1 but PG_CONN is unset: the PostgreSQL tests cannot run (start one with scripts/pg-start.sh).")];
            }
            skip = "PG_CONN is unset: no PostgreSQL to test against (scripts/test starts one when PostgreSQL is installed).";
        }
        if (type.GetCustomAttributes(typeof(StorageBenchmarkAttribute)).Any() && Environment.GetEnvironmentVariable("INTERDICT_STORAGE_BENCH") != "1")
            skip = "A measurement: set INTERDICT_STORAGE_BENCH=1 to run it.";
        return [new StoreTestCase(diagnosticMessageSink, display, displayOptions, testMethod, skip)];
    }
}

/// <summary>A test case carrying a skip reason decided at discovery (serialised for the runner).</summary>
public sealed class StoreTestCase : XunitTestCase
{
    string? _skip;

    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("For deserialisation only.")]
    public StoreTestCase() { }

    public StoreTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod, string? skip)
        : base(sink, display, options, testMethod) => _skip = skip;

    protected override string? GetSkipReason(IAttributeInfo factAttribute) => _skip ?? base.GetSkipReason(factAttribute);

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("StoreSkip", _skip);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        base.Deserialize(data);
        _skip = data.GetValue<string>("StoreSkip");
    }
}
