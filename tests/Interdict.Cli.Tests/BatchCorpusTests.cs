using System.Text.RegularExpressions;
using Interdict.Cli.Batch;
using Interdict.Hosting.Screening;
using Interdict.Lists;
using Interdict.Matching.Screening;

namespace Interdict.Cli.Tests;

/// <summary>Runs batch screening over the malformed-input corpus (testdata/malformed/batch-csv, written by
/// make-csv-corpora.py): each file is refused with a message naming the place, or screened with exactly the bad rows
/// and warnings its cases.tsv line lists, by line; no case crashes and every good row is screened.</summary>
public sealed partial class BatchCorpusTests : IClassFixture<BatchCorpusTests.Lists>, IDisposable
{
    /// <summary>The bundled UN list, loaded once for every case.</summary>
    public sealed class Lists
    {
        public Screener Screener { get; } = new([BundledLists.LoadUn().GetSnapshotOrThrow()]);
    }

    static readonly string Folder = Path.Combine(RepositoryPaths.TestData, "malformed", "batch-csv");
    readonly Screener _screener;
    readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("interdict-corpus-out-");

    public BatchCorpusTests(Lists lists) => _screener = lists.Screener;

    public void Dispose() => _output.Delete(recursive: true);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(Folder, "cases.tsv")).Where(l => !l.StartsWith('#')))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            data.Add(line[..tab], line[(tab + 1)..]);
        }
        return data;
    }

    [Fact]
    public void TheCorpus_HasAtLeastFortyCases() => Assert.True(Cases().Count >= 40);

    [Theory, MemberData(nameof(Cases))]
    public void Case_IsRefusedOrItsBadRowsReportedByLine(string file, string expectations)
    {
        var expected = CorpusExpectation.Parse(expectations);
        var reports = new List<string>();
        var output = Path.Combine(_output.FullName, Path.ChangeExtension(file, ".jsonl"));
        var batch = new BatchScreening(_screener, new ScreeningOptions()) { Report = reports.Add };

        if (expected.Refused is { } refusal)
        {
            var exception = Assert.Throws<BatchInputException>(() => batch.Run(Path.Combine(Folder, file), output, resume: false));
            Assert.Contains(refusal, exception.Message, StringComparison.Ordinal);
            Assert.False(File.Exists(output));
            Assert.False(File.Exists(output + ".partial"));
            return;
        }
        var summary = batch.Run(Path.Combine(Folder, file), output, resume: false);
        var lines = reports.SelectMany(r => r.Split('\n')).ToArray();
        var bad = lines.Where(l => !l.Contains(": warning: ", StringComparison.Ordinal)).ToArray();
        var warned = lines.Except(bad).ToArray();
        Assert.Equal(expected.Kept, summary.Screened);
        Assert.Equal(expected.Kept, File.ReadAllLines(output).Length);
        Assert.Equal(expected.Bad.Count, summary.BadRows);
        CorpusExpectation.AssertReported(expected.Bad, bad);
        CorpusExpectation.AssertReported(expected.Warnings, warned);
        Assert.All(bad, b => Assert.EndsWith("; row skipped", b, StringComparison.Ordinal));
        Assert.False(File.Exists(output + ".partial"));
        Assert.False(File.Exists(output + ".progress"));
    }
}

/// <summary>One line of a corpus's cases.tsv: refused with a message, or kept rows and the bad and warned lines.</summary>
sealed partial record CorpusExpectation(string? Refused, int Kept, IReadOnlyList<(int Line, string Text)> Bad, IReadOnlyList<(int Line, string Text)> Warnings)
{
    public static CorpusExpectation Parse(string expectations)
    {
        string? refused = null;
        var kept = -1;
        var bad = new List<(int, string)>();
        var warnings = new List<(int, string)>();
        foreach (var item in expectations.Split('\t'))
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            var (key, value) = (item[..equals], item[(equals + 1)..]);
            switch (key)
            {
                case "refused": refused = value; break;
                case "screened" or "kept": kept = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "bad": bad.Add(LineAndText(value)); break;
                case "warn": warnings.Add(LineAndText(value)); break;
                default: throw new FormatException($"unknown expectation '{item}'");
            }
        }
        return new CorpusExpectation(refused, kept, bad, warnings);
    }

    static (int, string) LineAndText(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return (int.Parse(value[..colon], System.Globalization.CultureInfo.InvariantCulture), value[(colon + 1)..]);
    }

    /// <summary>Every expected line is reported with its text, and no other line is.</summary>
    public static void AssertReported(IReadOnlyList<(int Line, string Text)> expected, IReadOnlyList<string> reports)
    {
        var reported = reports.Select(r => (Line: LineOf(r), Text: r)).ToArray();
        Assert.Equal(expected.Select(e => e.Line).Distinct().Order(), reported.Select(r => r.Line).Distinct().Order());
        foreach (var (line, text) in expected)
        {
            Assert.True(reported.Any(r => r.Line == line && r.Text.Contains(text, StringComparison.Ordinal)),
                $"no report of line {line} holding '{text}' in:\n{string.Join('\n', reports)}");
        }
    }

    static int LineOf(string report)
    {
        var match = LineNumber().Match(report);
        Assert.True(match.Success, $"the report names no line: {report}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\bline (\d+): ")]
    private static partial Regex LineNumber();
}
