using System.Collections.Immutable;

namespace Interdict.Rules.Model;

/// <summary>A question the research left open, and where the data holds its provisional answer.</summary>
/// <param name="Id">Id (<c>OQ-04</c>).</param>
/// <param name="Question">The question.</param>
/// <param name="DecidedIn">The data items that hold the provisional answer.</param>
public sealed record OpenQuestion(string Id, string Question, ImmutableArray<string> DecidedIn);
