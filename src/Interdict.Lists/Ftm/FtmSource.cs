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

    /// <summary>Text that starts with a JSON object and names a <c>schema</c> in its first bytes (one line may lack it:
    /// the reader then names that line).</summary>
    public bool Recognises(string fileName, ReadOnlySpan<byte> head)
    {
        var text = head.StartsWith("\uFEFF"u8) ? head[3..] : head;
        var first = text.IndexOfAnyExcept(" \t\r\n"u8);
        return first >= 0 && text[first] == (byte)'{' && text.IndexOf("\"schema\""u8) >= 0;
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
