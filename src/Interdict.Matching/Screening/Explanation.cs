using Interdict.Core.Lists;
using Interdict.Matching.Scoring;
using Interdict.Matching.Transliteration;

namespace Interdict.Matching.Screening;

/// <summary>Why a hit hit: which name of the entry, how its words met the query's, and which attributes agreed or conflicted.</summary>
/// <param name="QueryReadAs">The query's words after normalisation and transliteration (<c>김광일</c> → <c>kim kwang il</c>).</param>
/// <param name="MatchedName">The listed name that scored best.</param>
/// <param name="NameKind">Primary, alias, former or original-script name.</param>
/// <param name="NameQuality">Good or low-quality alias (a low-quality alias lowers the score).</param>
/// <param name="NameScore">The score of the names alone.</param>
/// <param name="Comparison">The word pairings.</param>
/// <param name="Evidence">Attributes compared.</param>
public sealed record Explanation(
    string QueryReadAs,
    string MatchedName,
    NameKind NameKind,
    NameQuality NameQuality,
    double NameScore,
    NameComparison Comparison,
    IReadOnlyList<AttributeEvidence> Evidence)
{
    /// <summary>How the query was read into <see cref="QueryReadAs"/>: as written, or its Chinese characters read aloud.</summary>
    public NameReading QueryReading { get; init; }

    /// <summary>How the matched name was read: as written, or its Chinese characters read aloud.</summary>
    public NameReading ListedReading { get; init; }

    /// <summary>The matched name's words as read, when it was not read as written (<c>金铁三</c> → <c>kim chol sam</c>); null otherwise.</summary>
    public string? ListedReadAs { get; init; }

    /// <summary>When only some words of the query (or text) were the name: those words, as read; null when the
    /// whole query was compared.</summary>
    public string? NameWords { get; init; }

    /// <summary>The query's words that were not part of the name (<c>dprk national</c> in
    /// <c>DPRK national Ri Pyong-chul</c>); empty when the whole query was compared.</summary>
    public IReadOnlyList<string> LeftOver { get; init; } = [];

    /// <summary>When the hit is not on the party's own name but on a listed party that owns or controls it (through
    /// one of its owners): the finding and its chain; null for a hit on the party's own name.</summary>
    public OwnershipExplanation? Ownership { get; init; }

    /// <summary>The explanation in one line, for tables and logs; an ownership hit starts with its chain.</summary>
    public string Summary => Ownership switch
    {
        null => NameSummary,
        { LinkedAs: null } ownership => $"{ownership.Description}; owner \"{ownership.Owner}\": {NameSummary}",
        { } ownership => $"{ownership.Description}; owner \"{ownership.Owner}\" named in the list's links as \"{ownership.LinkedAs}\"",
    };

    /// <summary>How the names met, in one line.</summary>
    string NameSummary
    {
        get
        {
            var parts = new List<string>();
            foreach (var decisive in Evidence.Where(e => e.Outcome == EvidenceOutcome.Decisive))
            {
                parts.Add($"identifier {decisive.Listed} identical: decisive");
            }
            if (NameScore <= 0) return string.Join("; ", parts.Append($"listed as \"{MatchedName}\""));
            var what = NameKind switch
            {
                NameKind.Primary => "primary name",
                NameKind.OriginalScript => "original-script name",
                NameKind.FormerName => "former name",
                _ => NameQuality == NameQuality.Low ? "low-quality alias" : "alias",
            };
            if (NameWords is not null) parts.Add(LeftOver.Count > 0 ? $"name in query: \"{NameWords}\", left over: {string.Join(' ', LeftOver)}" : $"name in text: \"{NameWords}\"");
            if (QueryReading != NameReading.AsWritten) parts.Add($"query read {HanReadings.Describe(QueryReading)} as \"{QueryReadAs}\"");
            var listed = ListedReading == NameReading.AsWritten ? string.Empty : $" read {HanReadings.Describe(ListedReading)} as \"{ListedReadAs}\"";
            parts.Add(FormattableString.Invariant($"{what} \"{MatchedName}\"{listed} ({NameScore:0.00})"));
            foreach (var match in Comparison.Matches)
            {
                var how = match.Kind switch
                {
                    MatchKind.Exact => match.Joined ? "joined" : "exact",
                    MatchKind.KoreanVariant => match.Joined ? "joined korean variant" : "korean variant",
                    MatchKind.Transliterated => match.Joined ? "joined transliterated" : "transliterated",
                    MatchKind.GivenName => "given name",
                    MatchKind.Initial => "initial",
                    _ => match.Joined ? "joined typo" : "typo",
                };
                parts.Add(match.Query == match.Listed && !match.Joined ? match.Query : $"{match.Query}~{match.Listed} [{how}]");
            }
            if (Comparison.UnmatchedQuery.Count > 0) parts.Add($"unmatched query: {string.Join(' ', Comparison.UnmatchedQuery)}");
            if (Comparison.UnmatchedListed.Count > 0) parts.Add($"unmatched listed: {string.Join(' ', Comparison.UnmatchedListed)}");
            foreach (var evidence in Evidence.Where(e => e.Outcome != EvidenceOutcome.Decisive))
            {
                parts.Add(FormattableString.Invariant($"{evidence.Attribute} {evidence.Outcome.ToString().ToLowerInvariant()} ({evidence.Query} vs {evidence.Listed}, {evidence.Effect:+0.00;-0.00})"));
            }
            return string.Join("; ", parts);
        }
    }
}
