var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
await app.RunAsync();

/// <summary>The server's entry point; public for the in-process test host.</summary>
public partial class Program;
