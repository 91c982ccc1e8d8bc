namespace Interdict.Lists;

/// <summary>The UK Sanctions List published by the FCDO, XML (<see cref="UkSanctionsListReader"/>), dated by
/// <c>DateGenerated</c>. List id <c>uk</c>.</summary>
sealed class UkSanctionsListSource : IListSource
{
    /// <summary>The list id of the UK Sanctions List.</summary>
    public const string Source = "uk";

    public string Format => "uk-fcdo-xml";

    public string Title => "UK Sanctions List (FCDO XML)";

    public bool NeedsDate => false;

    public string DateField => "DateGenerated";

    public bool Recognises(string fileName, ReadOnlySpan<byte> head) => XmlHead.RootName(head) == "Designations";

    public IReadOnlyList<string> FilesOf(string mainFile) => [Path.GetFullPath(mainFile)];

    public ImportResult Parse(string mainFile, DateTimeOffset? published) =>
        XmlFile.Read(mainFile, stream => new UkSanctionsListReader(Path.GetFileName(mainFile)).Read(stream));
}
