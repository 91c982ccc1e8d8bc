namespace Interdict.Cluster;

/// <summary>The cluster's settings, bound from the configuration section <c>Interdict:Cluster</c> (environment
/// <c>Interdict__Cluster__SiloPort=11112</c>, …).</summary>
public sealed class ClusterSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Interdict:Cluster";

    /// <summary>How many shards the customers are split into; the same on every silo (the first silo records it and
    /// the others refuse to start with another). Default 64: a few per silo on up to a few dozen silos.</summary>
    public int Shards { get; set; } = 64;

    /// <summary>The address other silos reach this one at. Default 127.0.0.1 (silos on one machine).</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>The port silos talk to each other on. Default 11111.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>The port Orleans clients connect to. Default 30000.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The cluster's name in the membership table: silos with the same one form a cluster. Default <c>interdict</c>.</summary>
    public string ClusterId { get; set; } = "interdict";

    /// <summary>How long, in seconds, a call to a shard may take (a full re-screen of a large shard takes a while);
    /// a call to a silo that died fails sooner, when the others declare it dead. Default 600.</summary>
    public double CallTimeoutSeconds { get; set; } = 600;

    /// <summary>How long, in seconds, a silo's claim on a chunk of a batch holds: a silo that dies mid-chunk costs this
    /// much before another screens the chunk. Longer than a chunk takes (a chunk that outlasts it may be screened twice,
    /// and stored once). Default 60.</summary>
    public double BatchLeaseSeconds { get; set; } = 60;

    /// <summary>Rows per chunk of a batch screened across the cluster (<c>screen --cluster</c>); the unit of work, of
    /// progress and of what a dead silo costs. Default 4096, as the single process's chunks.</summary>
    public int BatchChunkRows { get; set; } = 4096;
}
