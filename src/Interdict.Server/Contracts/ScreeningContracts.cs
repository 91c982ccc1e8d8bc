// The response shapes of the screening endpoints, as the OpenAPI document describes them. The responses themselves
// are written by MatchJson (shared with the CLI's JSONL); OpenApiContractTests checks real responses against these.
namespace Interdict.Server.Contracts;

/// <summary>The answer of <c>POST /v1/screen</c>.</summary>
/// <param name="Matches">Matches at or above the threshold, best first.</param>
/// <param name="ListVersions">The list versions screened against (<c>source@generated</c>).</param>
/// <param name="ListsNotInForce">Lists that had no version in force on the day asked (<c>as_of</c> before their first
/// version): not screened. Absent when every list had one.</param>
sealed record ScreenResult(Match[] Matches, string[] ListVersions, string[]? ListsNotInForce = null);

/// <summary>The answer of <c>POST /v1/screen/batch</c>.</summary>
/// <param name="Results">One result per query, in query order.</param>
sealed record ScreenBatchResult(ScreenBatchItem[] Results);

/// <summary>One query's result in a batch.</summary>
/// <param name="Id">The query's id as given.</param>
/// <param name="Matches">Matches at or above the threshold, best first.</param>
/// <param name="ListVersions">The list versions screened against.</param>
/// <param name="ListsNotInForce">Lists that had no version in force on the query's day: not screened. Absent when every list had one.</param>
sealed record ScreenBatchItem(string Id, Match[] Matches, string[] ListVersions, string[]? ListsNotInForce = null);

/// <summary>A listed entry that a name matched.</summary>
/// <param name="List">The list (<c>un</c>, <c>ofac</c>).</param>
/// <param name="Ref">The entry's reference number on its list.</param>
/// <param name="Name">The entry's primary name.</param>
/// <param name="Type">person, organization, vessel, aircraft.</param>
/// <param name="Score">0..1: 1.0 an exact name, 0.98 the same words reordered (docs/matching.md).</param>
/// <param name="ListVersion">The version of the list the entry was read from.</param>
/// <param name="Explanation">Why it matched.</param>
sealed record Match(string List, string Ref, string Name, string Type, double Score, string ListVersion, MatchExplanation Explanation);

/// <summary>Why a name matched an entry.</summary>
/// <param name="Summary">One line for people.</param>
/// <param name="MatchedName">The entry's name that matched best (primary, alias, original script).</param>
/// <param name="QueryReadAs">The query as normalised (and transliterated) for matching.</param>
/// <param name="QueryReading">How the query was read when not as written (<c>pinyin</c>, <c>korean</c>).</param>
/// <param name="ListedReading">How the listed name was read when not as written.</param>
/// <param name="ListedReadAs">The listed name in that reading.</param>
/// <param name="NameWords">When only some words of the query or text were the name: those words, as read.</param>
/// <param name="LeftOver">The query's words that were not part of the name (with <c>name_words</c>).</param>
/// <param name="NameKind">primary, alias, former, original_script.</param>
/// <param name="NameQuality">good or low (a weak alias).</param>
/// <param name="NameScore">The name's score before dates of birth, nationalities and identifiers.</param>
/// <param name="Tokens">Which query word met which listed word, and how.</param>
/// <param name="UnmatchedQuery">Query words that met nothing.</param>
/// <param name="UnmatchedListed">Listed words that nothing met.</param>
/// <param name="Evidence">Attributes that agreed or conflicted, and their effect on the score.</param>
/// <param name="Ownership">For a customer's match through its owners (docs/matching.md, "Ownership and control"):
/// the finding and its chain; absent for a match on the name itself.</param>
sealed record MatchExplanation(
    string Summary, string MatchedName, string QueryReadAs, string NameKind, string NameQuality, double NameScore, TokenPairing[] Tokens,
    string[] UnmatchedQuery, string[] UnmatchedListed, EvidenceItem[] Evidence,
    string? QueryReading = null, string? ListedReading = null, string? ListedReadAs = null, string? NameWords = null, string[]? LeftOver = null,
    OwnershipFindingItem? Ownership = null);

/// <summary>That a customer is owned or controlled by listed parties.</summary>
/// <param name="Kind">owned (listed parties hold at least the threshold, in aggregate) or controlled (control noted).</param>
/// <param name="Chain">The chains in words: <c>owned 60 % by X, itself owned 100 % by Y (listed)</c>.</param>
/// <param name="AggregateShare">The shares that count, summed, in percent.</param>
/// <param name="Threshold">The rule's threshold, in percent (50 by default: OFAC's rule).</param>
/// <param name="Owner">The customer's owner, as the customer's record names it, through which the listed party was found.</param>
/// <param name="ListedParties">The listed parties at the ends of the chains.</param>
/// <param name="LinkedAs">When the owner was found in a listed party's links: the name the list gives the company it owns or directs.</param>
sealed record OwnershipFindingItem(string Kind, string Chain, decimal AggregateShare, decimal Threshold, string Owner, string[] ListedParties, string? LinkedAs = null);

/// <summary>A query word paired with a listed word.</summary>
/// <param name="Query">The query's word (or words run together).</param>
/// <param name="Listed">The listed word (or words run together).</param>
/// <param name="Match">exact, korean_variant, typo, transliterated.</param>
/// <param name="Joined">Words written apart on one side and joined on the other (<c>won ho</c> / <c>wonho</c>).</param>
/// <param name="Similarity">0..1.</param>
sealed record TokenPairing(string Query, string Listed, string Match, bool Joined, double Similarity);

/// <summary>An attribute compared between the query and the entry.</summary>
/// <param name="Attribute">date_of_birth, nationality, identifier.</param>
/// <param name="Outcome">agrees, conflicts, decisive.</param>
/// <param name="Query">The query's value.</param>
/// <param name="Listed">The entry's value.</param>
/// <param name="Effect">What it added to or took from the score.</param>
sealed record EvidenceItem(string Attribute, string Outcome, string Query, string Listed, double Effect);

/// <summary>The answer of <c>POST /v1/screen/text</c>.</summary>
/// <param name="Matches">Every listed name found in the text, in the order written (then best first).</param>
/// <param name="ListVersions">The list versions screened against (<c>source@generated</c>).</param>
sealed record ScreenTextResult(TextMatch[] Matches, string[] ListVersions);

/// <summary>A listed name found inside a text.</summary>
/// <param name="List">The list (<c>un</c>, <c>ofac</c>).</param>
/// <param name="Ref">The entry's reference number on its list.</param>
/// <param name="Name">The entry's primary name.</param>
/// <param name="Type">person, organization, vessel, aircraft.</param>
/// <param name="Score">0..1: how the words found score against the listed name.</param>
/// <param name="Start">Where the name starts in the text (UTF-16 index, as JavaScript strings count).</param>
/// <param name="Length">The name's length in the text (UTF-16 code units).</param>
/// <param name="MatchedText">The text at that span, as written.</param>
/// <param name="ListVersion">The version of the list the entry was read from.</param>
/// <param name="Explanation">Why it matched; <c>name_words</c> holds the text's words as read.</param>
sealed record TextMatch(string List, string Ref, string Name, string Type, double Score, int Start, int Length, string MatchedText, string ListVersion,
    MatchExplanation Explanation);
