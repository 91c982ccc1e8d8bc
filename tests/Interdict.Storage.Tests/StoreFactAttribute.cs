using Xunit.Sdk;

namespace Interdict.Storage.Tests;

/// <summary>A fact whose skipping depends on the test class: classes marked <see cref="PostgresTestsAttribute"/>
/// are skipped when <c>PG_CONN</c> is unset, or fail when <c>INTERDICT_REQUIRE_POSTGRES=1</c> (so CI never skips
/// them silently); classes marked <see cref="StorageBenchmarkAttribute"/> run only with <c>INTERDICT_STORAGE_BENCH=1</c>.</summary>
[XunitTestCaseDiscoverer("Interdict.Storage.Tests.StoreFactDiscoverer", "Interdict.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>Marks a test class that needs PostgreSQL (<c>PG_CONN</c>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PostgresTestsAttribute : Attribute;

/// <summary>Marks a test class of long measurements, run only with <c>INTERDICT_STORAGE_BENCH=1</c>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class StorageBenchmarkAttribute : Attribute;
