using Interdict.Lists;
using Interdict.Matching.Index;
using Interdict.Matching.Scoring;
using Interdict.Matching.Tests.Quality;
using Interdict.Matching.Text;

namespace Interdict.Matching.Tests.Text;

/// <summary>Text mode's pruning: a window is never prepared when it could have held a name, so the bound it prunes
/// with is never below the listed coverage the scorer gives any run of the window.</summary>
public sealed class NameWindowsTests
{
    static readonly Lazy<NameIndex> Un = new(() => new NameIndexBuilder().Add(UnListParser.Parse(RepositoryPaths.UnList2026).Snapshot!).Build());

    /// <summary>Every run of up to eight words of every other query of both development sets, and of payment lines holding
    /// listed names as written, against every name the run's words meet (their look-ups' postings): the coverage
    /// bound is at least the scorer's listed coverage, and it is below what a name needs often enough to prune.</summary>
    [Fact]
    public void CoverageBound_NeverBelowTheScorersCoverage()
    {
        var index = Un.Value;
        var texts = LabelledSet.Read(RepositoryPaths.GeneralDevSet).Concat(LabelledSet.Read(RepositoryPaths.NamesDevSet))
            .Where((_, i) => i % 2 == 0).Select(q => q.Query.Name)
            .Concat(index.Entries.Where((_, i) => i % 9 == 0).Select(e => $"PAYMENT TO {e.Entry.PrimaryName.Full} REF 8812, AL-NOOR TRADING CO LTD"))
            .ToArray();
        int pairs = 0, pruned = 0;
        foreach (var text in texts)
        {
            var words = TextWords.Read(text);
            var windows = new NameWindows.Windows(words, index);
            for (var start = 0; start < words.Length; start++)
            {
                for (var end = start + 1; end <= Math.Min(words.Length, start + 8); end++)
                {
                    var query = windows.Prepare(start, end - start);
                    foreach (var nameId in NamesMet(query, index))
                    {
                        var name = index.Names[nameId];
                        NameScorer.Score(query, name, out _, out var coverage);
                        var bound = windows.CoverageBound(name, start, end);
                        Assert.True(coverage <= bound + 1e-4f, $"{text} [{start}, {end}) / {name.Name.Full}: coverage {coverage:0.0000}, bound {bound:0.0000}");
                        pairs++;
                        if (bound < NameWindows.MinListedCoverage) pruned++;
                    }
                }
            }
        }
        Assert.True(pairs > 100_000, $"{pairs} pairs checked");
        Assert.True(pruned > pairs / 10, $"{pruned} of {pairs} pairs below the least coverage");
    }

    static HashSet<int> NamesMet(PreparedQuery query, NameIndex index)
    {
        var names = new HashSet<int>();
        foreach (var unit in query.Units)
        {
            foreach (var match in unit.Matches)
            {
                foreach (var name in index.Postings(match.Token)) names.Add(name);
            }
        }
        return names;
    }
}
