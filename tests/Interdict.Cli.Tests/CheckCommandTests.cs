using System.Text.Json;

namespace Interdict.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Check_LabelledCasesAndPlainChecks_AnswersEachAndReportsABadLineByNumber()
    {
        var cases = File.ReadLines(Path.Combine(RepositoryPaths.TestData, "eval", "regime", "dev-cases.jsonl")).Where(l => l.Trim().Length > 0).Take(2).ToArray();
        var plain = JsonDocument.Parse(cases[1]).RootElement.GetProperty("check").GetRawText();
        var input = _cli.PathIn("checks.jsonl");
        File.WriteAllLines(input, [cases[0], plain, """{"id": "broken", "date": "2017-09-01"}"""]);
        var output = _cli.PathIn("answers.jsonl");

        var result = _cli.Run("check", "--input", input, "--output", output);

        Assert.True(result.ExitCode == 3, result.ToString()); // finished, with a bad line (the README's exit codes)
        Assert.Contains("interdict: check: 3 read, 2 decided, ", result.Error);
        Assert.Contains(", 0 warning(s), 1 error(s), ", result.Error);
        Assert.Contains("checks.jsonl:3: activity is required", result.Error);
        var answers = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        var expected = cases.Select(c => JsonDocument.Parse(c).RootElement).ToArray();
        Assert.Equal(expected.Select(c => c.GetProperty("id").GetString()), answers.Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(expected.Select(c => c.GetProperty("expected").GetProperty("decision").GetString()), answers.Select(a => a.GetProperty("decision").GetString()));
    }

    [Fact]
    public void Check_MalformedCorpus_EveryLineRefusedByNumberNamingThePlace()
    {
        var corpus = File.ReadLines(Path.Combine(RepositoryPaths.TestData, "malformed", "checks.jsonl"))
            .Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.True(corpus.Length >= 40);
        var input = _cli.PathIn("malformed.jsonl");
        File.WriteAllLines(input, corpus.Select(c => c.GetProperty("text").GetString()!));
        var output = _cli.PathIn("answers.jsonl");

        var result = _cli.Run("check", "--input", input, "--output", output);

        Assert.True(result.ExitCode == 3, result.ToString()); // a batch that finished with bad lines (the README's exit codes)
        Assert.Equal("", File.ReadAllText(output));
        for (var i = 0; i < corpus.Length; i++)
            Assert.Contains($"malformed.jsonl:{i + 1}: ", result.Error, StringComparison.Ordinal);
        foreach (var c in corpus) Assert.Contains(c.GetProperty("expect").GetString()!, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
