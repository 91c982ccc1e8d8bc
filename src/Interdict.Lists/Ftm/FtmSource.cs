namespace Interdict.Lists;

/// <summary>OpenSanctions' FollowTheMoney entities, JSON lines (<see cref="FtmReader"/>). An entity file carries no
/// publication date (each entity's <c>last_seen</c> is when OpenSanctions' crawler last saw it), so the importer must be
/// given one. List id <c>opensanctions</c>.</summary>
sealed class FtmSource : IListSource
{
    /// <summary>The list id of an OpenSanctions collection.</summary>
    public const string Source = "opensanctions";

    public string Format => "ftm-jsonl";

    public string Title => "OpenSanctions FollowTheMoney JSON lines";

    public bool NeedsDate => true;

    public string DateField => "date";

    /// <summary>A first line that is a JSON object naming a <c>schema</c>.</summary>
    public bool Recognises(string fileName, ReadOnlySpan<byte> head)
    {
        var text = head.StartsWith("\uFEFF"u8) ? head[3..] : head;
        var first = text.IndexOfAnyExcept(" \t\r\n"u8);
        if (first < 0 || text[first] != (byte)'{') return false;
        var end = text[first..].IndexOf((byte)'\n');
        var line = end < 0 ? text[first..] : text[first..(first + end)];
        return line.IndexOf("\"schema\""u8) >= 0 && line.IndexOf("\"properties\""u8) >= 0;
    }

    public IReadOnlyList<string> FilesOf(string mainFile) => [Path.GetFullPath(mainFile)];

    public ImportResult Parse(string mainFile, DateTimeOffset? published)
    {
        if (published is not { } date)
        {
            return ImportResult.Failed(new ImportIssue(Path.GetFileName(mainFile), 0, null, null, null,
                "FollowTheMoney entity files carry no publication date: give the date of the export (`--date YYYY-MM-DD`, or the form field `date`)."));
        }
        return XmlFile.Read(mainFile, stream => new FtmReader(Path.GetFileName(mainFile)).Read(stream, date));
    }
}
