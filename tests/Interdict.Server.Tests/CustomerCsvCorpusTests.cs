using System.Globalization;
using System.Text;
using Interdict.Hosting.Csv;
using Interdict.Hosting.Customers;
using Interdict.Server.Tests.Support;

namespace Interdict.Server.Tests;

/// <summary>Reads the customer CSV malformed-input corpus (testdata/malformed/customer-csv, written by
/// make-csv-corpora.py) as an import does: each file is refused with a message naming the place, or read with exactly
/// the bad rows and warnings its cases.tsv line lists, by line; no case crashes and every good row is kept.</summary>
public sealed class CustomerCsvCorpusTests
{
    static readonly string Folder = Path.Combine(RepositoryPaths.TestData, "malformed", "customer-csv");

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
        using var text = new StreamReader(Path.Combine(Folder, file), Encoding.UTF8);
        using var csv = new CsvRecordReader(text);
        var items = expectations.Split('\t').Select(i => (Key: i[..i.IndexOf('=', StringComparison.Ordinal)], Value: i[(i.IndexOf('=', StringComparison.Ordinal) + 1)..])).ToArray();
        var refused = items.Where(i => i.Key == "refused").Select(i => i.Value).SingleOrDefault();
        var ok = CustomerCsv.TryReadHeader(csv, out var columns, out var error);
        if (refused is not null)
        {
            Assert.False(ok);
            Assert.Contains(refused, error, StringComparison.Ordinal);
            return;
        }
        Assert.True(ok, error);
        var kept = 0;
        var bad = new List<(int Line, string Text)>();
        var warned = new List<(int Line, string Text)>();
        while (CustomerCsv.ReadRow(csv, columns!) is { } row)
        {
            if (row.Customer is null) bad.Add((row.Line, row.Error!));
            else kept++;
            warned.AddRange(row.Warnings.Select(w => (row.Line, w)));
        }
        Assert.Equal(int.Parse(items.Single(i => i.Key == "kept").Value, CultureInfo.InvariantCulture), kept);
        AssertReported(items.Where(i => i.Key == "bad").Select(i => i.Value), bad);
        AssertReported(items.Where(i => i.Key == "warn").Select(i => i.Value), warned);
    }

    /// <summary>Every expected "LINE:TEXT" is reported on that line with that text, and no other line is.</summary>
    static void AssertReported(IEnumerable<string> expected, List<(int Line, string Text)> reported)
    {
        var wanted = expected.Select(e => (Line: int.Parse(e[..e.IndexOf(':', StringComparison.Ordinal)], CultureInfo.InvariantCulture), Text: e[(e.IndexOf(':', StringComparison.Ordinal) + 1)..])).ToArray();
        Assert.Equal(wanted.Select(w => w.Line).Distinct().Order(), reported.Select(r => r.Line).Distinct().Order());
        foreach (var (line, text) in wanted)
        {
            Assert.True(reported.Any(r => r.Line == line && r.Text.Contains(text, StringComparison.Ordinal)),
                $"no report of line {line} holding '{text}' in:\n{string.Join('\n', reported)}");
        }
    }
}
