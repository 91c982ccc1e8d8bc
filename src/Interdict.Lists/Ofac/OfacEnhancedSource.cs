namespace Interdict.Lists;

/// <summary>OFAC's Sanctions List Service "Enhanced" XML (<see cref="OfacEnhancedReader"/>): the SDN list
/// (<c>SDN_ENHANCED.XML</c>, list id <c>ofac</c>, the same list as the legacy CSV) or the Consolidated non-SDN list
/// (<c>CONS_ENHANCED.XML</c>, list id <c>ofac-cons</c>), told apart by the publication's list filter and dated by
/// <c>dataAsOf</c>.</summary>
sealed class OfacEnhancedSource : IListSource
{
    /// <summary>The list id of OFAC's Consolidated (non-SDN) list.</summary>
    public const string ConsolidatedSource = "ofac-cons";

    public string Format => "ofac-enhanced-xml";

    public string Title => "OFAC Enhanced XML";

    public bool NeedsDate => false;

    public string DateField => "dataAsOf";

    public bool Recognises(string fileName, ReadOnlySpan<byte> head) => XmlHead.RootName(head) == "sanctionsData";

    public IReadOnlyList<string> FilesOf(string mainFile) => [Path.GetFullPath(mainFile)];

    public ImportResult Parse(string mainFile, DateTimeOffset? published) =>
        XmlFile.Read(mainFile, stream => new OfacEnhancedReader(Path.GetFileName(mainFile)).Read(stream));
}
