using System.Collections.Concurrent;

namespace Interdict.Server.Tests.Support;

/// <summary>One shared server per provider for the API tests (start-up loads and indexes the lists once).</summary>
public sealed class Servers : IDisposable
{
    readonly ConcurrentDictionary<string, Lazy<ServerFactory>> _servers = new();

    internal ServerFactory For(string provider)
    {
        var server = _servers.GetOrAdd(provider, p => new Lazy<ServerFactory>(() =>
        {
            var factory = new ServerFactory(p);
            _ = factory.Server; // start now, so a start-up failure shows here
            return factory;
        })).Value;
        return server;
    }

    public void Dispose()
    {
        foreach (var server in _servers.Values) if (server.IsValueCreated) server.Value.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ServersGroup : ICollectionFixture<Servers>
{
    public const string Name = "servers";
}
