namespace Interdict.Lists;

/// <summary>The EU Financial Sanctions Files, XML format 1.1 (<see cref="EuFsfReader"/>), dated by the root's
/// <c>generationDate</c>. List id <c>eu</c>.</summary>
sealed class EuFsfSource : IListSource
{
    /// <summary>The list id of the EU consolidated list.</summary>
    public const string Source = "eu";

    public string Format => "eu-fsf-xml";

    public string Title => "EU Financial Sanctions File (XML 1.1)";

    public bool NeedsDate => false;

    public string DateField => "generationDate";

    public bool Recognises(string fileName, ReadOnlySpan<byte> head) =>
        XmlHead.Root(head) is { LocalName: "export" } root && root.Namespace == EuFsfReader.Namespace;

    public IReadOnlyList<string> FilesOf(string mainFile) => [Path.GetFullPath(mainFile)];

    public ImportResult Parse(string mainFile, DateTimeOffset? published) => XmlFile.Read(mainFile, stream => new EuFsfReader(Path.GetFileName(mainFile)).Read(stream));
}
