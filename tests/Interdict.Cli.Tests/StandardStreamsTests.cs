using System.Text.Json;
using System.Text.RegularExpressions;

namespace Interdict.Cli.Tests;

/// <summary><c>-</c> for standard input and output, the one-line summary every batch ends with on standard error,
/// and output files whose extension is not a format.</summary>
public sealed partial class StandardStreamsTests : IDisposable
{
    readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>interdict: COMMAND: R read, D VERB[, outcomes], W warning(s), E error(s), S s[; results in FILE]</summary>
    [GeneratedRegex(@"^interdict: (?<command>[a-z ]+): (?<read>\d+) read, (?<done>\d+) [a-z]+(?:, (?<outcomes>[^\n]*?))?, (?<warnings>\d+) warning\(s\), (?<errors>\d+) error\(s\), \d+\.\d s(?:; results in .+)?$", RegexOptions.Multiline)]
    private static partial Regex SummaryLine();

    static Match Summary(CliResult result)
    {
        var matches = SummaryLine().Matches(result.Error);
        Assert.True(matches.Count == 1, $"expected one summary line on standard error\n{result}");
        return matches[0];
    }

    static void AssertCounts(Match summary, int read, int done, int warnings, int errors)
    {
        Assert.Equal(read, int.Parse(summary.Groups["read"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(done, int.Parse(summary.Groups["done"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(warnings, int.Parse(summary.Groups["warnings"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(errors, int.Parse(summary.Groups["errors"].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ScreenBatch_StandardInputToStandardOutput_OneJsonLinePerRow_SummaryOnStandardError()
    {
        var result = _cli.RunWithInput("id,name,dob\nc1,Ri Won Ho,1974-01-32\nc2,,\nc3,Plain Harbour Bakery,\n", "screen", "--input", "-");

        Assert.True(result.ExitCode == 3, result.ToString()); // a row without a name: finished, with a bad row
        var rows = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["c1", "c3"], rows.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("KPi.033", rows[0].GetProperty("matches")[0].GetProperty("ref").GetString()); // the bad dob did not cost the row
        Assert.Contains("stdin: line 2: warning: date of birth '1974-01-32'", result.Error, StringComparison.Ordinal);
        var summary = Summary(result);
        Assert.Equal("screen", summary.Groups["command"].Value);
        AssertCounts(summary, read: 3, done: 2, warnings: 1, errors: 1);
        Assert.Contains("1 with matches", summary.Groups["outcomes"].Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public void ScreenBatch_StandardInputToStandardOutput_InTheFormatAsked(string format)
    {
        var csv = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "customers.csv"));
        var result = _cli.RunWithInput(csv, "screen", "--input", "-", "--output", "-", "--format", format);

        Assert.True(result.ExitCode == 0, result.ToString());
        if (format == "json")
        {
            using var document = JsonDocument.Parse(result.Output);
            Assert.Equal(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1, document.RootElement.GetProperty("results").GetArrayLength());
        }
        else
        {
            Assert.StartsWith("id,rank,list,ref,name,score,matched_name,explanation\n", result.Output, StringComparison.Ordinal);
            Assert.Contains("cust-0001,1,un,KPi.033,", result.Output, StringComparison.Ordinal);
        }
        AssertCounts(Summary(result), read: 16, done: 16, warnings: 1, errors: 0); // the example's impossible date of birth: warned, screened
    }

    [Fact]
    public void ScreenBatch_AsATable_OnStandardOutputOnly()
    {
        var input = Path.Combine(RepositoryPaths.Examples, "customers.csv");

        var table = _cli.Run("screen", "--input", input, "--format", "table");
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("╭", table.Output, StringComparison.Ordinal);
        Assert.Contains("cust-0001", table.Output, StringComparison.Ordinal);
        Assert.Contains("KPi.033", table.Output, StringComparison.Ordinal);
        AssertCounts(Summary(table), read: 16, done: 16, warnings: 1, errors: 0);

        var toFile = _cli.Run("screen", "--input", input, "--output", _cli.PathIn("hits.jsonl"), "--format", "table");
        Assert.Equal(1, toFile.ExitCode);
        Assert.Contains("a table is drawn on standard output", toFile.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ScreenBatch_FileToJsonDocument_ByItsExtension()
    {
        var output = _cli.PathIn("hits.json");
        var result = _cli.Run("screen", "--input", Path.Combine(RepositoryPaths.Examples, "customers.csv"), "--output", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal(16, document.RootElement.GetProperty("results").GetArrayLength());
        Assert.EndsWith($"results in {output}", Summary(result).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void ScreenBatch_UnknownOutputExtension_IsRefusedListingTheKnownOnes_UnlessTheFormatIsGiven()
    {
        var input = Path.Combine(RepositoryPaths.Examples, "customers.csv");
        var output = _cli.PathIn("hits.txt");

        var refused = _cli.Run("screen", "--input", input, "--output", output);
        Assert.Equal(1, refused.ExitCode);
        foreach (var extension in new[] { ".jsonl", ".json", ".csv" }) Assert.Contains(extension, refused.Error, StringComparison.Ordinal);
        Assert.Contains("--format", refused.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));

        var told = _cli.Run("screen", "--input", input, "--output", output, "--format", "csv");
        Assert.True(told.ExitCode == 0, told.ToString());
        Assert.StartsWith("id,rank,", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--input")]
    [InlineData("--output")]
    public void ScreenBatch_ResumeWithStandardStream_IsRefusedNamingTheOption(string option)
    {
        var arguments = option == "--input"
            ? new[] { "screen", "--input", "-", "--output", _cli.PathIn("hits.jsonl"), "--resume" }
            : ["screen", "--input", Path.Combine(RepositoryPaths.Examples, "customers.csv"), "--output", "-", "--resume"];
        var result = _cli.RunWithInput("id,name\n1,Ri Won Ho\n", arguments);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{option} -", result.Error, StringComparison.Ordinal);
        Assert.Contains("--resume", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ScreenText_FromStandardInput()
    {
        var result = _cli.RunWithInput("INVOICE 77: PAYMENT TO RI WON HO", "screen", "--text", "-", "--format", "jsonl");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("KPi.033", JsonDocument.Parse(result.Output.Split('\n')[0]).RootElement.GetProperty("ref").GetString());
    }

    [Fact]
    public void CheckBatch_StandardInput_AnswersOnStandardOutput_BadLineCountedInTheSummary()
    {
        var checks = File.ReadLines(Path.Combine(RepositoryPaths.Examples, "checks.jsonl")).Where(l => l.Trim().Length > 0).Take(3).ToList();
        checks.Insert(1, """{"id": "broken", "date": "2017-09-01"}""");

        var result = _cli.RunWithInput(string.Join('\n', checks) + "\n", "check", "--input", "-");

        Assert.True(result.ExitCode == 3, result.ToString());
        var answers = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(3, answers.Length);
        Assert.Contains("stdin:2: activity is required", result.Error, StringComparison.Ordinal);
        var summary = Summary(result);
        Assert.Equal("check", summary.Groups["command"].Value);
        AssertCounts(summary, read: 4, done: 3, warnings: 0, errors: 1);
    }

    [Fact]
    public void CheckFile_FromStandardInput()
    {
        var result = _cli.RunWithInput(File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "check.json")), "check", "--file", "-", "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("C004", JsonDocument.Parse(result.Output).RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void CompareBatch_StandardInputToCsv_WithSummary()
    {
        var pairs = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "pairs.csv")) + "p99,,Nobody\n";
        var result = _cli.RunWithInput(pairs, "compare", "--input", "-", "--format", "csv");

        Assert.True(result.ExitCode == 3, result.ToString());
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,score,match", lines[0]);
        Assert.StartsWith("p01,", lines[1], StringComparison.Ordinal);
        Assert.Equal(9, lines.Length); // the header and eight pairs; p99 has no first name
        var summary = Summary(result);
        Assert.Equal("compare", summary.Groups["command"].Value);
        AssertCounts(summary, read: 9, done: 8, warnings: 0, errors: 1);
    }

    [Fact]
    public void PaymentsScreen_StandardInput_WithSummary()
    {
        var message = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "payments", "pacs008-creditor-kkbc.xml"));
        var result = _cli.RunWithInput(message, "payments", "screen", "-");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("hold", JsonDocument.Parse(result.Output.Split('\n')[0]).RootElement.GetProperty("outcome").GetString());
        var summary = Summary(result);
        Assert.Equal("payments screen", summary.Groups["command"].Value);
        AssertCounts(summary, read: 1, done: 1, warnings: 0, errors: 0);
        Assert.Contains("1 hold", summary.Groups["outcomes"].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void ListsImport_FromStandardInput_AddsTheVersion()
    {
        var result = _cli.RunWithInput(File.ReadAllText(RepositoryPaths.UnList2018), "lists", "import", "-");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("imported un 2018-10-29", result.Output, StringComparison.Ordinal);

        using var lists = JsonDocument.Parse(_cli.Run("lists", "--format", "json").Output);
        Assert.Equal(["2018-10-29", "2026-02-27"], lists.RootElement.GetProperty("versions").EnumerateArray()
            .Where(v => v.GetProperty("list").GetString() == "un").Select(v => v.GetProperty("in_force_from").GetString()));
    }
}
