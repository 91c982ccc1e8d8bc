using Interdict.Matching.Scoring;

namespace Interdict.Matching.Text;

/// <summary>A run of words of a text that scored against one listed name.</summary>
/// <param name="Name">The listed name (index name id).</param>
/// <param name="Score">The scorer's score of the run against the name (before the low-quality factor).</param>
/// <param name="ListedCoverage">The share of the listed name's weight the run covered (0..1).</param>
/// <param name="Start">The run's first word.</param>
/// <param name="Count">The number of words in the run.</param>
/// <param name="Query">The run prepared as a query, for the explanation.</param>
readonly record struct NameWindow(int Name, double Score, float ListedCoverage, int Start, int Count, PreparedQuery Query)
{
    /// <summary>The word after the run.</summary>
    public int End => Start + Count;

    /// <summary>True when the two runs share a word.</summary>
    public bool Overlaps(NameWindow other) => Start < other.End && other.Start < End;
}
