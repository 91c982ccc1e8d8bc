using System.Diagnostics;
using System.Globalization;
using Interdict.Hosting;

namespace Interdict.Server.Tests;

/// <summary>The start-up sweep removes the temporary files and folders of processes that are gone, and only those: not
/// a live process's (this one's), not a file without an owner tag (someone else's).</summary>
public sealed class TempFilesTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("tempfiles-test-").FullName;

    [Fact]
    public async Task RemoveOrphans_RemovesWhatADeadProcessLeft_KeepsALiveOnesAndOthers()
    {
        // A process that has exited: its id and start time, as its temporary names carry them.
        using var gone = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        var started = new DateTimeOffset(gone.StartTime.ToUniversalTime()).ToUnixTimeSeconds();
        await gone.WaitForExitAsync();
        var deadTag = string.Create(CultureInfo.InvariantCulture, $"p{gone.Id}.{started}");
        var deadFile = Path.Combine(_folder, $"interdict-upload-{deadTag}-0123.csv");
        var deadFolder = Path.Combine(_folder, $"interdict-list-{deadTag}-abcd");
        var liveFile = Path.Combine(_folder, $"interdict-upload-{TempFiles.OwnerTag}-4567.csv");
        var reusedPid = Path.Combine(_folder, $"interdict-upload-p{Environment.ProcessId}.{started - 3600}-89ab.csv");
        var foreign = Path.Combine(_folder, "interdict-notes.txt");
        foreach (var file in new[] { deadFile, liveFile, reusedPid, foreign }) await File.WriteAllTextAsync(file, "x");
        Directory.CreateDirectory(deadFolder);
        await File.WriteAllTextAsync(Path.Combine(deadFolder, "list.xml"), "<x/>");

        var removed = TempFiles.RemoveOrphans(_folder);

        Assert.Equal(3, removed);
        Assert.False(File.Exists(deadFile));
        Assert.False(Directory.Exists(deadFolder));
        // This process's id with another start time: an earlier process that had the same id (a container's process 1).
        Assert.False(File.Exists(reusedPid));
        Assert.True(File.Exists(liveFile));
        Assert.True(File.Exists(foreign));
        Assert.StartsWith(Path.Combine(Path.GetTempPath(), "interdict-upload-" + TempFiles.OwnerTag + "-"), TempFiles.NewFilePath("upload", ".csv"), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
