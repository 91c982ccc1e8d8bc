using System.Text.Json;
using nietras.SeparatedValues;

namespace Interdict.Cli.Tests;

/// <summary><c>--format json|jsonl|csv|table</c> on the commands that print, run as the real program with its output
/// piped (so the default is JSON), each output parsed as what it claims to be.</summary>
public sealed class OutputFormatTests : IDisposable
{
    readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>Each command, and a value its records must hold.</summary>
    public static TheoryData<string[], string, string> Commands => new()
    {
        { ["screen", "Ri Won Ho"], "ref", "KPi.033" },
        { ["screen", "--text", "PAYMENT TO RI WON HO VIA BANK"], "ref", "KPi.033" },
        { ["lists"], "version", "2026-02-27T00:00:09Z" },
        { ["regime", "proposals"], "id", "P-2019-RU-CN" },
        { ["regime", "timeline"], "measure", "M-1718-8a" },
        { ["regime", "diff", "--scenario", "P-2019-RU-CN", "--as-of", "2020-01-01"], "change", "lift" },
        { ["hs", "coal"], "code", "2701" },
        { ["hs", "2701"], "measure", "M-2371-8" },
        { ["compare", "Choi Sung Il", "CHOE SONG IL"], "score", "0.95" },
        { ["check", "--file", Path.Combine(RepositoryPaths.Examples, "check.json")], "decision", "cap_applies" },
        { ["payments", "screen", Path.Combine(RepositoryPaths.Examples, "payments", "pacs008-creditor-kkbc.xml")], "outcome", "hold" },
        { ["keys", "list"], "role", "admin" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Json_IsOneDocumentHoldingTheRecords(string[] command, string key, string value)
    {
        PrepareFor(command);
        var result = _cli.Run([.. command, "--format", "json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.Output);
        Assert.Contains(Records(document.RootElement), r => Holds(r, key, value));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Piped_WithoutFormat_IsJson(string[] command, string key, string value)
    {
        PrepareFor(command);
        var result = _cli.Run(command);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.Output);
        Assert.Contains(Records(document.RootElement), r => Holds(r, key, value));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void JsonLines_IsOneRecordPerLine(string[] command, string key, string value)
    {
        PrepareFor(command);
        var result = _cli.Run([.. command, "--format", "jsonl"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        var records = lines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Contains(records, r => Holds(r, key, value));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Csv_HasAHeaderAndARowPerRecord(string[] command, string key, string value)
    {
        PrepareFor(command);
        var result = _cli.Run([.. command, "--format", "csv"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromText(result.Output);
        Assert.True(reader.Header.IndexOf(key) >= 0, $"no column '{key}' in\n{result.Output}");
        var values = new List<string>();
        foreach (var row in reader) values.Add(row[key].ToString());
        Assert.Contains(values, v => v.Contains(value, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Table_IsDrawnWhenAskedForEvenInAPipe(string[] command, string key, string value)
    {
        _ = key;
        PrepareFor(command);
        var result = _cli.Run([.. command, "--format", "table"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(value, result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("{\"", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnATerminal_WithoutFormat_IsATable()
    {
        // util-linux `script` gives the program a pseudo-terminal for standard output, as a person's shell does.
        var command = $"dotnet '{Path.Combine(AppContext.BaseDirectory, "interdict.dll")}' screen 'Ri Won Ho' --data '{_cli.DataDirectory}'";
        var start = new System.Diagnostics.ProcessStartInfo("script", ["-qec", command, "/dev/null"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.Environment["COLUMNS"] = "200";
        using var process = System.Diagnostics.Process.Start(start)!;
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = await process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, output + error);
        Assert.Contains("╭", output, StringComparison.Ordinal);
        Assert.Contains("KPi.033", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"matches\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFormat_IsAUsageErrorNamingTheFormats()
    {
        var result = _cli.Run("lists", "--format", "xml");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("json", result.Error, StringComparison.Ordinal);
        Assert.Contains("table", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_CellThatASpreadsheetWouldRun_IsGuarded()
    {
        var result = _cli.Run("compare", "=HYPERLINK(\"x\")", "Ri Won Ho", "--format", "csv");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("'=HYPERLINK", result.Output, StringComparison.Ordinal);
    }

    void PrepareFor(string[] command)
    {
        // `keys list` lists what exists: one key.
        if (command[0] == "keys") Assert.Equal(0, _cli.Run("keys", "create", "--role", "admin", "--name", "formats").ExitCode);
    }

    /// <summary>What may be the records of a JSON document: the document itself (a command that answers with one
    /// record), and the objects of the arrays it holds (<c>{"matches": [...]}</c>).</summary>
    static IEnumerable<JsonElement> Records(JsonElement root) =>
        root.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array)
            .SelectMany(p => p.Value.EnumerateArray()).Where(e => e.ValueKind == JsonValueKind.Object).Prepend(root);

    static bool Holds(JsonElement record, string key, string value) =>
        record.TryGetProperty(key, out var property) && (property.ValueKind == JsonValueKind.String
            ? property.GetString()!.Contains(value, StringComparison.Ordinal)
            : property.ToString().Contains(value, StringComparison.Ordinal));
}
