using Interdict.Server;

// The Interdict HTTP service; `interdict serve` runs the same application (see InterdictServer).
var app = InterdictServer.Build(args);
await app.RunAsync().ConfigureAwait(false);

/// <summary>The server's entry point; public for the in-process test host.</summary>
public partial class Program;
