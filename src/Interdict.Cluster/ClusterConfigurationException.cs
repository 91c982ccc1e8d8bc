namespace Interdict.Cluster;

/// <summary>Cluster mode cannot start with this configuration (no PostgreSQL, a bad setting); the message says what
/// to change.</summary>
/// <param name="message">What is wrong and what to set.</param>
public sealed class ClusterConfigurationException(string message) : Exception(message);
