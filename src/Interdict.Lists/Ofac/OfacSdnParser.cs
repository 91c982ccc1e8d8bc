using System.Globalization;
using System.Text;
using Interdict.Core.Lists;

namespace Interdict.Lists;

/// <summary>Reads OFAC's Specially Designated Nationals list in its legacy CSV form (<c>sdn.csv</c>, <c>alt.csv</c>,
/// <c>add.csv</c>, <c>sdn_comments.csv</c> in one folder) into a <see cref="ListSnapshot"/>.</summary>
/// <remarks>
/// <para>The files have no header; <c>-0-</c> means empty. <c>sdn.csv</c> is required, the other three are optional.
/// Names are kept as written (<c>KIM, Jong Un</c>). Dates of birth, places of birth, nationalities, documents, gender,
/// weak aliases and identifiers are read from the Remarks column (continued in <c>sdn_comments.csv</c>); the rules are in
/// <c>docs/sources/ofac.md</c>.</para>
/// <para>A broken row (wrong number of columns, an unterminated quote, a non-numeric entity number) is reported with its
/// file and line and skipped; the rest is imported. A missing or unreadable <c>sdn.csv</c> fails the import.</para>
/// <para>The legacy files carry no publication date: <see cref="ListVersion.Generated"/> is the caller's date when given,
/// else the newest last-write time of the files read.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class OfacSdnParser
{
    /// <summary>The source id of the OFAC SDN list (<see cref="ListEntry.Source"/>, <see cref="ListVersion.Source"/>).</summary>
    public const string Source = "ofac";

    const string SdnFile = "sdn.csv";
    const string AltFile = "alt.csv";
    const string AddFile = "add.csv";
    const string CommentsFile = "sdn_comments.csv";

    /// <summary>Imports the SDN list from a folder holding <c>sdn.csv</c> (and optionally <c>alt.csv</c>, <c>add.csv</c>,
    /// <c>sdn_comments.csv</c>), or from the path of <c>sdn.csv</c> itself, whose siblings are then read.</summary>
    /// <param name="path">The folder, or the <c>sdn.csv</c> file.</param>
    /// <param name="generated">The list's publication instant, when the caller knows it; otherwise the newest
    /// last-write time (UTC) of the files is used.</param>
    /// <returns>The list, or a failure when <c>sdn.csv</c> is missing or unreadable.
    /// <see cref="ListVersion.Origin"/> is the folder's name.</returns>
    public static ImportResult Parse(string path, DateTimeOffset? generated = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string folder;
        string sdnPath;
        if (Directory.Exists(path))
        {
            folder = path;
            sdnPath = FindFile(folder, SdnFile) ?? Path.Combine(folder, SdnFile);
        }
        else
        {
            sdnPath = path;
            folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        }
        var origin = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        if (!File.Exists(sdnPath))
        {
            return ImportResult.Failed(new ImportIssue(SdnFile, 0, null, null, null,
                $"'{sdnPath}' does not exist: an OFAC SDN import needs sdn.csv."));
        }
        var files = new List<string> { sdnPath };
        string? Optional(string name)
        {
            var found = FindFile(folder, name);
            if (found is not null) files.Add(found);
            return found;
        }
        var altPath = Optional(AltFile);
        var addPath = Optional(AddFile);
        var commentsPath = Optional(CommentsFile);
        try
        {
            var stamp = generated ?? new DateTimeOffset(files.Max(File.GetLastWriteTimeUtc), TimeSpan.Zero);
            var version = new ListVersion(Source, stamp, origin);
            try
            {
                return ParseFiles(version, sdnPath, altPath, addPath, commentsPath, new UTF8Encoding(false, throwOnInvalidBytes: true));
            }
            catch (DecoderFallbackException)
            {
                // Not UTF-8: OFAC's older files are Windows Latin-1.
                return ParseFiles(version, sdnPath, altPath, addPath, commentsPath, Encoding.Latin1);
            }
        }
        catch (IOException exception)
        {
            return ImportResult.Failed(new ImportIssue(SdnFile, 0, null, null, null, $"The files could not be read: {exception.Message}"));
        }
        catch (UnauthorizedAccessException exception)
        {
            return ImportResult.Failed(new ImportIssue(SdnFile, 0, null, null, null, $"The files could not be read: {exception.Message}"));
        }
    }

    static ImportResult ParseFiles(ListVersion version, string sdnPath, string? altPath, string? addPath, string? commentsPath, Encoding encoding)
    {
        using var sdn = Open(sdnPath, encoding)!;
        using var alt = Open(altPath, encoding);
        using var add = Open(addPath, encoding);
        using var comments = Open(commentsPath, encoding);
        return Parse(version, sdn, alt, add, comments);

        static StreamReader? Open(string? path, Encoding encoding) =>
            path is null ? null : new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true,
                new FileStreamOptions { Access = FileAccess.Read, Share = FileShare.Read, BufferSize = 64 * 1024, Options = FileOptions.SequentialScan });
    }

    /// <summary>Imports from the files' contents (the heart of <see cref="Parse(string, DateTimeOffset?)"/>, for tests).</summary>
    internal static ImportResult Parse(ListVersion version, TextReader sdn, TextReader? alt, TextReader? add, TextReader? comments)
    {
        var issues = new List<ImportIssue>();
        var fields = new List<string?>(12);
        var records = new List<OfacRecord>(10_000);
        var byNumber = new Dictionary<string, OfacRecord>(10_000, StringComparer.Ordinal);

        foreach (var (line, text) in Lines(sdn))
        {
            if (!Split(SdnFile, line, text, 12, fields, issues)) continue;
            var reference = fields[0]!;
            if (fields[1] is not { } name)
            {
                issues.Add(new ImportIssue(SdnFile, line, 2, "SDN_Name", reference, "Entry without a name; skipped."));
                continue;
            }
            var kind = fields[2] switch
            {
                null => PartyKind.Organization,
                var type when type.Equals("individual", StringComparison.OrdinalIgnoreCase) => PartyKind.Person,
                var type when type.Equals("vessel", StringComparison.OrdinalIgnoreCase) => PartyKind.Vessel,
                var type when type.Equals("aircraft", StringComparison.OrdinalIgnoreCase) => PartyKind.Aircraft,
                _ => PartyKind.Unknown,
            };
            if (kind == PartyKind.Unknown)
            {
                issues.Add(new ImportIssue(SdnFile, line, 3, "SDN_Type", reference, $"Unknown SDN_Type '{fields[2]}'; imported as an organization."));
                kind = PartyKind.Organization;
            }
            if (byNumber.ContainsKey(reference))
            {
                issues.Add(new ImportIssue(SdnFile, line, 1, "ent_num", reference, "The entity number appears twice; the second row was skipped."));
                continue;
            }
            var record = new OfacRecord(reference, line, kind, name)
            {
                Program = fields[3],
                Title = fields[4],
                CallSign = fields[5],
                VesselType = fields[6],
                Tonnage = fields[7],
                GrossRegisteredTonnage = fields[8],
                VesselFlag = fields[9],
                VesselOwner = fields[10],
                Remarks = fields[11],
            };
            records.Add(record);
            byNumber.Add(reference, record);
        }

        if (comments is not null)
        {
            foreach (var (line, text) in Lines(comments))
            {
                if (!Split(CommentsFile, line, text, 2, fields, issues)) continue;
                if (!Find(CommentsFile, line, fields[0]!, byNumber, issues, out var record) || fields[1] is null) continue;
                // The continuation carries on mid-word where the Remarks column was cut.
                record.Remarks = RawConcat(record.Remarks, RawField(text));
            }
        }

        if (alt is not null)
        {
            foreach (var (line, text) in Lines(alt))
            {
                if (!Split(AltFile, line, text, 5, fields, issues)) continue;
                if (!Find(AltFile, line, fields[0]!, byNumber, issues, out var record) || fields[3] is not { } name) continue;
                var kind = fields[2] switch
                {
                    "fka" => NameKind.FormerName,
                    "aka" or "nka" or null => NameKind.Alias,
                    _ => NameKind.Alias,
                };
                if (fields[2] is not (null or "aka" or "fka" or "nka"))
                {
                    issues.Add(new ImportIssue(AltFile, line, 3, "alt_type", fields[0], $"Unknown alt_type '{fields[2]}'; taken as an alias."));
                }
                record.AltNames.Add(new PartyName(name, kind));
            }
        }

        if (add is not null)
        {
            foreach (var (line, text) in Lines(add))
            {
                if (!Split(AddFile, line, text, 6, fields, issues)) continue;
                if (!Find(AddFile, line, fields[0]!, byNumber, issues, out var record)) continue;
                if (fields[2] is null && fields[3] is null && fields[4] is null && fields[5] is null) continue;
                var address = new Address(Street: fields[2], City: fields[3], Country: fields[4], Note: fields[5]);
                if (!record.Addresses.Contains(address)) record.Addresses.Add(address);
            }
        }

        var entries = System.Collections.Immutable.ImmutableArray.CreateBuilder<ListEntry>(records.Count);
        foreach (var record in records)
        {
            var remarks = OfacRemarks.Parse(record.Remarks);
            foreach (var problem in remarks.Problems)
            {
                issues.Add(new ImportIssue(SdnFile, record.Line, 12, "Remarks", record.Reference, problem));
            }
            entries.Add(record.ToEntry(remarks));
        }
        return ImportResult.Succeeded(new ListSnapshot(version, entries.DrainToImmutable()), issues);
    }

    static bool Split(string file, int line, string text, int columns, List<string?> fields, List<ImportIssue> issues)
    {
        var error = CsvLine.Split(text.AsSpan().TrimEnd('\u001a'), fields, out var column);
        if (error is not null)
        {
            issues.Add(new ImportIssue(file, line, column, null, LeadingNumber(text), $"Broken row: {error}; skipped."));
            return false;
        }
        if (fields.Count != columns)
        {
            issues.Add(new ImportIssue(file, line, null, null, LeadingNumber(text),
                $"Broken row: {fields.Count} columns where {columns} are expected; skipped."));
            return false;
        }
        if (fields[0] is not { } number || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            issues.Add(new ImportIssue(file, line, 1, "ent_num", null, $"Broken row: the entity number '{fields[0]}' is not a number; skipped."));
            return false;
        }
        return true;
    }

    static bool Find(string file, int line, string reference, Dictionary<string, OfacRecord> byNumber, List<ImportIssue> issues, out OfacRecord record)
    {
        if (byNumber.TryGetValue(reference, out record!)) return true;
        issues.Add(new ImportIssue(file, line, 1, "ent_num", reference, "No entry with this entity number in sdn.csv; row skipped."));
        return false;
    }

    /// <summary>The second field of a comments row, untrimmed: a continuation may start or end with the space the cut fell on.</summary>
    static string RawField(string line)
    {
        var open = line.IndexOf('"', StringComparison.Ordinal);
        var close = line.LastIndexOf('"');
        return open >= 0 && close > open ? line[(open + 1)..close].Replace("\"\"", "\"", StringComparison.Ordinal) : "";
    }

    static string? RawConcat(string? remarks, string continuation) => Text.Clean((remarks ?? "") + continuation);

    static string? LeadingNumber(string line)
    {
        var end = 0;
        while (end < line.Length && char.IsAsciiDigit(line[end])) end++;
        return end == 0 ? null : line[..end];
    }

    /// <summary>The non-empty lines with their 1-based numbers; DOS end-of-file marks (Ctrl-Z) count as empty.</summary>
    static IEnumerable<(int Line, string Text)> Lines(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.AsSpan().Trim('\u001a').IsWhiteSpace()) continue;
            yield return (number, line);
        }
    }

    /// <summary>A file of the folder by name, ignoring case (OFAC's files are served as SDN.CSV as well as sdn.csv).</summary>
    internal static string? FindFile(string folder, string name)
    {
        var exact = Path.Combine(folder, name);
        if (File.Exists(exact)) return exact;
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (string.Equals(Path.GetFileName(file), name, StringComparison.OrdinalIgnoreCase)) return file;
        }
        return null;
    }
}
