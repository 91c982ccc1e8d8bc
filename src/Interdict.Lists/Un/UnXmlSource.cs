namespace Interdict.Lists;

/// <summary>The UN Security Council Consolidated List XML (<see cref="UnListParser"/>), dated by <c>dateGenerated</c>.</summary>
sealed class UnXmlSource : IListSource
{
    public string Format => "un-xml";

    public string Title => "UN list";

    public bool NeedsDate => false;

    public string DateField => "dateGenerated";

    public bool Recognises(string fileName, ReadOnlySpan<byte> head) => XmlHead.RootName(head) == "CONSOLIDATED_LIST";

    public IReadOnlyList<string> FilesOf(string mainFile) => [Path.GetFullPath(mainFile)];

    public ImportResult Parse(string mainFile, DateTimeOffset? published) => UnListParser.Parse(mainFile);
}
