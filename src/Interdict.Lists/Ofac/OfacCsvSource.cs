namespace Interdict.Lists;

/// <summary>OFAC's legacy SDN CSV files (<see cref="OfacSdnParser"/>): <c>sdn.csv</c> and its companions. They carry no
/// publication date, so the importer must be given one.</summary>
sealed class OfacCsvSource : IListSource
{
    static readonly string[] Companions = ["alt.csv", "add.csv", "sdn_comments.csv"];

    public string Format => "ofac-csv";

    public string Title => "OFAC sdn.csv";

    public bool NeedsDate => true;

    public string DateField => "date";

    /// <summary>By name: the CSV has no header or other mark to tell it by.</summary>
    public bool Recognises(string fileName, ReadOnlySpan<byte> head) => string.Equals(fileName, "sdn.csv", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<string> FilesOf(string mainFile)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(mainFile))!;
        var files = new List<string> { Path.GetFullPath(mainFile) };
        foreach (var name in Companions)
        {
            var file = OfacSdnParser.FindFile(folder, name);
            if (file is not null) files.Add(Path.GetFullPath(file));
        }
        return files;
    }

    public ImportResult Parse(string mainFile, DateTimeOffset? published) => OfacSdnParser.Parse(mainFile, published);
}
