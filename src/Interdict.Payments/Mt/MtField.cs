namespace Interdict.Payments.Mt;

/// <summary>One field of block 4: its tag with option letter, and its lines with their line numbers in the source.</summary>
/// <param name="Tag">Two digits and the option letter, if any (<c>59F</c>, <c>59</c>, <c>32A</c>).</param>
/// <param name="Lines">The value lines, the first one being what follows <c>:TAG:</c>.</param>
/// <param name="Line">The source line of <c>:TAG:</c>.</param>
/// <param name="Sequence">The sequence prefix of paths (<c>B/</c> in a COV's underlying customer transfer, <c>B[2]/</c> in an
/// MT101's second transaction), empty in sequence A.</param>
sealed record MtField(string Tag, string[] Lines, int Line, string Sequence)
{
    /// <summary>The two digits of the tag (<c>59</c>).</summary>
    public string Number => Tag[..2];

    /// <summary>The option letter, or empty (<c>F</c> for 59F).</summary>
    public string Option => Tag.Length > 2 ? Tag[2..] : "";

    public string Value => string.Join('\n', Lines);

    public string Label => $"{Sequence}:{Tag}:";

    /// <summary>The place of the field's <paramref name="index"/>-th line (0-based).</summary>
    public Place PlaceOf(int index) => new($"{Label} line {index + 1}", Line + index);

    public Place Place => new(Label, Line);
}
