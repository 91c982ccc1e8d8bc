using Interdict.Core.Lists;
using Interdict.Matching.Normalization;

namespace Interdict.Matching.Index;

/// <summary>One name of one entry, normalised, with its words as token ids.</summary>
sealed class IndexedName
{
    public required int Entry { get; init; }
    public required PartyName Name { get; init; }
    /// <summary>The normalised words joined by spaces.</summary>
    public required string Key { get; init; }
    /// <summary>The words (token ids), in the written order.</summary>
    public required int[] Tokens { get; init; }
    public required TokenKind[] Kinds { get; init; }
    /// <summary>Each word's weight: its kind's factor times its rarity.</summary>
    public required float[] Weights { get; init; }
    /// <summary>Adjacent words that may be written joined (<c>won ho</c> / <c>wonho</c>), as extra tokens.</summary>
    public required TokenSpan[] Spans { get; init; }
    /// <summary>The sum of <see cref="Weights"/>.</summary>
    public float TotalWeight { get; init; }
    /// <summary>The first letter of each word, for initials (<c>V.</c> meets <c>Vladimir</c>).</summary>
    public required char[] FirstLetters { get; init; }
    /// <summary>Words (a bit mask) that are a single letter: initials of the listed name.</summary>
    public ulong Initials { get; init; }
    /// <summary>Words (a bit mask) that a query may lack at a reduced cost when it met every other word: the given
    /// names, middle names and patronymics of a person (not single Korean syllables: <c>Kim Il</c> is not
    /// <c>Kim Il Sung</c>).</summary>
    public ulong Excusable { get; init; }
    /// <summary>Words (a bit mask) with a digit: numbers, which tell ships and units apart.</summary>
    public ulong Numbers { get; init; }
    /// <summary>Words (a bit mask) the query must meet for <see cref="Excusable"/> words to be excused.</summary>
    public ulong Anchors { get; init; }
    /// <summary>Words (a bit mask) that are known given names (data/names/given-names.tsv).</summary>
    public ulong GivenNames { get; init; }
    /// <summary>How <see cref="Name"/> was read into <see cref="Key"/>: as written, or its Chinese characters read aloud.</summary>
    public Transliteration.NameReading Reading { get; init; }
}

/// <summary>Adjacent words of a name, joined into one token (<paramref name="Text"/> is kept only while building and for queries).</summary>
readonly record struct TokenSpan(int Token, int Start, int Length, string? Text = null);
