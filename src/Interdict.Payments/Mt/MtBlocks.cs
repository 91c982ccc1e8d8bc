namespace Interdict.Payments.Mt;

/// <summary>One FIN message cut out of a source text: its blocks and the source line each starts on.</summary>
sealed class MtBlocks
{
    public required int StartLine { get; init; }
    public required string Basic { get; init; }
    public required int BasicLine { get; init; }
    public string? Application { get; set; }
    public int ApplicationLine { get; set; }
    /// <summary>Block 3 sub-blocks (<c>119</c> → <c>STP</c>), with the line of block 3.</summary>
    public List<(string Tag, string Value)> User { get; } = [];
    public int UserLine { get; set; }
    /// <summary>Block 4 text between <c>{4:</c> and <c>-}</c>, or null when block 4 is absent.</summary>
    public string? Text { get; set; }
    public int TextLine { get; set; }
    /// <summary>True when block 4 is made of sub-blocks (<c>{4:{177:…}{451:0}}</c>, system and service messages).</summary>
    public bool TextIsSubBlocks { get; set; }
    /// <summary>Oddities of the framing that were tolerated, with their lines.</summary>
    public List<(int Line, string Note)> Notes { get; } = [];
}
