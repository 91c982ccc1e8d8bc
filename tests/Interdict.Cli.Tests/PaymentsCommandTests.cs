using System.Text.Json;

namespace Interdict.Cli.Tests;

/// <summary><c>interdict payments screen</c> run as a real process on the labelled payment scenarios.</summary>
public sealed class PaymentsCommandTests : IDisposable
{
    static readonly string Scenarios = Path.Combine(RepositoryPaths.TestData, "payments-scenarios");
    readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void AFolder_GivesOneLinePerMessage_DecidedAsLabelled_AndAnUnreadableMessageIsAnErrorWithItsPlace()
    {
        var folder = Directory.CreateDirectory(_cli.PathIn("messages")).FullName;
        var manifest = File.ReadAllLines(Path.Combine(Scenarios, "manifest.jsonl")).Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(e => e.GetProperty("file").GetString()!);
        foreach (var file in manifest.Keys) File.Copy(Path.Combine(Scenarios, file), Path.Combine(folder, file));
        // A pacs.008 cut short: refused, reported in its place, and the rest still screened.
        var truncated = File.ReadAllText(Path.Combine(Scenarios, "01-hold-creditor-kkbc.xml"));
        File.WriteAllText(Path.Combine(folder, "zz-truncated.xml"), truncated[..(truncated.Length / 2)]);

        var run = _cli.Run("payments", "screen", folder);

        Assert.True(run.ExitCode == 3, run.ToString());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(manifest.Count + 1, lines.Count);
        foreach (var line in lines.Where(l => l.GetProperty("outcome").GetString() != "error"))
        {
            var expected = manifest[line.GetProperty("source").GetString()!];
            Assert.Equal(expected.GetProperty("expected").GetString(), line.GetProperty("outcome").GetString());
            var fields = line.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("field").GetString()).ToHashSet();
            foreach (var hit in expected.GetProperty("hits").EnumerateArray()) Assert.Contains(hit.GetProperty("field").GetString(), fields);
            var basis = line.GetProperty("basis").EnumerateArray().Select(b => $"{b.GetProperty("resolution")} {b.GetProperty("paragraph")}").ToHashSet();
            foreach (var b in expected.GetProperty("basis").EnumerateArray()) Assert.Contains($"{b.GetProperty("resolution")} {b.GetProperty("paragraph")}", basis);
            Assert.False(string.IsNullOrEmpty(line.GetProperty("type").GetString()));
            Assert.False(string.IsNullOrEmpty(line.GetProperty("explanation").GetString()));
        }
        var error = Assert.Single(lines, l => l.GetProperty("outcome").GetString() == "error");
        Assert.Equal("zz-truncated.xml", error.GetProperty("source").GetString());
        Assert.Contains("zz-truncated.xml", error.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("1 error(s)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void OneMessage_IsHeldWithTheFieldTheListReferenceAndTheRulebooksBasis()
    {
        var run = _cli.Run("payments", "screen", Path.Combine(Scenarios, "01-hold-creditor-kkbc.xml"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var line = JsonDocument.Parse(run.Output.Trim()).RootElement;
        Assert.Equal("hold", line.GetProperty("outcome").GetString());
        Assert.StartsWith("pacs.008", line.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Contains(line.GetProperty("hits").EnumerateArray(), h => h.GetProperty("field").GetString() == "/Document/FIToFICstmrCdtTrf/CdtTrfTxInf[1]/Cdtr/Nm"
            && h.GetProperty("ref").GetString() == "KPe.025");
        Assert.Contains(line.GetProperty("basis").EnumerateArray(), b => b.GetProperty("resolution").GetString() == "1718" && b.GetProperty("paragraph").GetString() == "8(d)");
        Assert.Contains("1 hold", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderLongerThanAChunk_IsWrittenInOrder_AndAHeldMessageMetAgainInALaterChunkNamesTheSameAlert()
    {
        // 1,100 files: more than the 1,024 messages the command screens, alerts and writes at a time.
        var folder = Directory.CreateDirectory(_cli.PathIn("many")).FullName;
        var held = File.ReadAllBytes(Path.Combine(Scenarios, "01-hold-creditor-kkbc.xml"));
        var passFile = JsonDocument.Parse(File.ReadAllLines(Path.Combine(Scenarios, "manifest.jsonl"))
            .First(l => l.Contains("\"expected\": \"pass\"", StringComparison.Ordinal))).RootElement.GetProperty("file").GetString()!;
        var pass = File.ReadAllBytes(Path.Combine(Scenarios, passFile));
        var names = Enumerable.Range(0, 1100).Select(i => $"m{i:D4}{(i % 100 == 37 ? ".xml" : Path.GetExtension(passFile))}").ToList();
        for (var i = 0; i < names.Count; i++) File.WriteAllBytes(Path.Combine(folder, names[i]), i % 100 == 37 ? held : pass);

        var run = _cli.Run("payments", "screen", folder);

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(names, lines.Select(l => l.GetProperty("source").GetString()));
        var holds = lines.Where(l => l.GetProperty("outcome").GetString() == "hold").ToList();
        Assert.Equal(11, holds.Count); // m0037 … m1037, the last in the second chunk
        Assert.Single(holds.Select(l => l.GetProperty("alert").GetInt64()).Distinct());
        Assert.All(lines.Except(holds), l => Assert.Equal("pass", l.GetProperty("outcome").GetString()));
        Assert.Contains("1100 read, 1100 screened, 1089 pass, 0 review, 11 hold", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingInput_IsABadInputNamingIt()
    {
        var run = _cli.Run("payments", "screen", _cli.PathIn("nowhere.xml"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nowhere.xml", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void HeldAndReviewedMessages_OpenOneAlertEach_InTheStore_AndARunAgainFindsThem()
    {
        var folder = Directory.CreateDirectory(_cli.PathIn("alerts")).FullName;
        foreach (var file in new[] { "01-hold-creditor-kkbc.xml", "02-hold-mt103-creditor-kkbc.fin" }) File.Copy(Path.Combine(Scenarios, file), Path.Combine(folder, file));
        var pass = File.ReadAllLines(Path.Combine(Scenarios, "manifest.jsonl"))
            .First(l => l.Contains("\"expected\": \"pass\"", StringComparison.Ordinal));
        var passFile = JsonDocument.Parse(pass).RootElement.GetProperty("file").GetString()!;
        File.Copy(Path.Combine(Scenarios, passFile), Path.Combine(folder, passFile));

        static Dictionary<string, long?> Alerts(CliResult run) => run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(l => l.GetProperty("source").GetString()!, l => l.TryGetProperty("alert", out var a) ? a.GetInt64() : (long?)null);
        var first = _cli.Run("payments", "screen", folder);
        Assert.True(first.ExitCode == 0, first.ToString());
        var alerts = Alerts(first);
        Assert.NotNull(alerts["01-hold-creditor-kkbc.xml"]);
        Assert.NotNull(alerts["02-hold-mt103-creditor-kkbc.fin"]);
        Assert.NotEqual(alerts["01-hold-creditor-kkbc.xml"], alerts["02-hold-mt103-creditor-kkbc.fin"]);
        Assert.Null(alerts[passFile]);

        var second = _cli.Run("payments", "screen", folder);
        Assert.Equal(alerts, Alerts(second));
    }
}
