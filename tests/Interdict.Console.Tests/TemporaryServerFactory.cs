using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Interdict.Console.Tests;

/// <summary>The real server in process, on a fresh SQLite data folder without the bundled list (tests import the
/// versions they need), deleted when the factory is disposed.</summary>
sealed class TemporaryServerFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("interdict-console-test-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Interdict:DataDirectory", DataDirectory);
        builder.UseSetting("Interdict:BundledList", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        // SQLite keeps pooled connections (and so the file) open until the pools are cleared.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
