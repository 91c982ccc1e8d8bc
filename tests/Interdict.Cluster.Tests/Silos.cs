namespace Interdict.Cluster.Tests;

/// <summary>The test classes that start silo processes run one after another, not side by side: three silos at a time
/// are what a 2-core machine runs without their membership probes timing out.</summary>
[CollectionDefinition(Collection)]
public sealed class Silos
{
    public const string Collection = "silos";
}
