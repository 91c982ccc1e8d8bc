using System.Buffers;
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
            var contents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var bytes = File.ReadAllBytes(file);
                if (CheckText(Path.GetFileName(file), bytes) is { } fault) return ImportResult.Failed(fault);
                contents[file] = bytes;
            }
            using var sdn = Open(sdnPath)!;
            using var alt = Open(altPath);
            using var add = Open(addPath);
            using var comments = Open(commentsPath);
            var result = Parse(version, sdn, alt, add, comments);
            return result.Success ? result.WithDating(new ListDating(SdnFile, "date")) : result;

            // Checked above to be valid UTF-8, so no decoding fallback can hide a mixed encoding.
            StreamReader? Open(string? path) =>
                path is null ? null : new StreamReader(new MemoryStream(contents[path], writable: false), Utf8, detectEncodingFromByteOrderMarks: true);
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

    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Refuses bytes that are not OFAC's CSV text, naming the place: XML (a UN list saved as sdn.csv), invalid
    /// UTF-8 (another encoding, or two mixed: one Latin-1 byte among UTF-8 text would turn <c>MÜLLER</c> into
    /// <c>MÃ…LLER</c> if the whole file were re-read as Latin-1, as this parser once did), and control bytes no text
    /// file holds (random or binary data).</summary>
    internal static ImportIssue? CheckText(string name, ReadOnlySpan<byte> bytes)
    {
        var text = bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
        var first = text.IndexOfAnyExcept(" \t\r\n"u8);
        if (first >= 0 && text[first] == (byte)'<')
        {
            var (line, column) = Position(text, first);
            return new ImportIssue(name, line, column, null, null,
                $"{name} holds XML (it starts with '<'), not OFAC's CSV: is it a UN list saved as {name}? Import that file under its own name. Nothing was imported.");
        }
        var position = 0;
        while (position < text.Length)
        {
            // ASCII runs (all of OFAC's files so far) are skipped in bulk.
            var ascii = text[position..].IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E);
            if (ascii < 0) break;
            position += ascii;
            var status = Rune.DecodeFromUtf8(text[position..], out var rune, out var consumed);
            if (status != OperationStatus.Done)
            {
                var (line, column) = Position(text, position);
                return new ImportIssue(name, line, column, null, null,
                    FormattableString.Invariant($"Byte 0x{text[position]:X2} at byte offset {position} is not valid UTF-8: the file is in another encoding, mixes two, or is not text. ")
                    + "OFAC publishes UTF-8; a file in Windows-1252 throughout can be converted first (iconv -f WINDOWS-1252 -t UTF-8). Nothing was imported.");
            }
            if ((rune.Value < 0x20 && rune.Value is not ('\t' or '\r' or '\n' or '\u001a')) || rune.Value == 0x7F)
            {
                var (line, column) = Position(text, position);
                return new ImportIssue(name, line, column, null, null, string.Create(CultureInfo.InvariantCulture,
                    $"Control byte 0x{rune.Value:X2} at byte offset {position}: this is binary data, not a CSV text file. Nothing was imported."));
            }
            position += consumed;
        }
        return null;
    }

    /// <summary>The 1-based line and column (in bytes) of a byte offset.</summary>
    static (int Line, int Column) Position(ReadOnlySpan<byte> text, int offset)
    {
        var before = text[..offset];
        return (before.Count((byte)'\n') + 1, offset - before.LastIndexOf((byte)'\n'));
    }

    /// <summary>Imports from the files' contents (the heart of <see cref="Parse(string, DateTimeOffset?)"/>, for tests).</summary>
    internal static ImportResult Parse(ListVersion version, TextReader sdn, TextReader? alt, TextReader? add, TextReader? comments)
    {
        var issues = new List<ImportIssue>();
        var fields = new List<string?>(12);
        var records = new List<OfacRecord>(10_000);
        var byNumber = new Dictionary<string, OfacRecord>(10_000, StringComparer.Ordinal);

        var tail = new Tail();
        foreach (var (line, text) in Lines(sdn))
        {
            if (!tail.Split(SdnFile, line, text, 12, fields, issues)) continue;
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
            if (byNumber.TryGetValue(reference, out var first))
            {
                // Two rows with one number are two files joined, or a damaged file: which row is the entry cannot be told.
                return ImportResult.Failed(new ImportIssue(SdnFile, line, 1, "ent_num", reference, string.Create(CultureInfo.InvariantCulture,
                    $"The entity number {reference} appears twice (lines {first.Line} and {line}): the file is damaged or two files were joined. Nothing was imported.")), issues);
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
        if (tail.Fault(SdnFile) is { } cut) return ImportResult.Failed(cut, issues);

        if (comments is not null)
        {
            tail = new Tail();
            foreach (var (line, text) in Lines(comments))
            {
                if (!tail.Split(CommentsFile, line, text, 2, fields, issues)) continue;
                if (!tail.Find(CommentsFile, line, fields[0]!, byNumber, issues, out var record) || fields[1] is null) continue;
                // The continuation carries on mid-word where the Remarks column was cut.
                record.Remarks = RawConcat(record.Remarks, RawField(text));
            }
            if (tail.Fault(CommentsFile) is { } fault) return ImportResult.Failed(fault, issues);
        }

        if (alt is not null)
        {
            tail = new Tail();
            foreach (var (line, text) in Lines(alt))
            {
                if (!tail.Split(AltFile, line, text, 5, fields, issues)) continue;
                if (!tail.Find(AltFile, line, fields[0]!, byNumber, issues, out var record) || fields[3] is not { } name) continue;
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
            if (tail.Fault(AltFile) is { } fault) return ImportResult.Failed(fault, issues);
        }

        if (add is not null)
        {
            tail = new Tail();
            foreach (var (line, text) in Lines(add))
            {
                if (!tail.Split(AddFile, line, text, 6, fields, issues)) continue;
                if (!tail.Find(AddFile, line, fields[0]!, byNumber, issues, out var record)) continue;
                if (fields[2] is null && fields[3] is null && fields[4] is null && fields[5] is null) continue;
                var address = new Address(Street: fields[2], City: fields[3], Country: fields[4], Note: fields[5]);
                if (!record.Addresses.Contains(address)) record.Addresses.Add(address);
            }
            if (tail.Fault(AddFile) is { } fault) return ImportResult.Failed(fault, issues);
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
        return ImportResult.Succeeded(new ListSnapshot(version, LinkResolver.Resolve(entries.DrainToImmutable())), issues);
    }

    /// <summary>Splits one row into <paramref name="fields"/>; a row that cannot be used is reported and skipped.</summary>
    /// <returns>True when the row can be used; <paramref name="cut"/> tells whether a refused row looks cut short
    /// (an unterminated quote, too few or too many columns) rather than merely holding a bad value.</returns>
    static bool Split(string file, int line, string text, int columns, List<string?> fields, List<ImportIssue> issues, out bool cut)
    {
        cut = true;
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
        cut = false;
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

    /// <summary>Reads the rows of one file and remembers what tells a damaged file from a few bad rows: whether its
    /// last row is broken (the file was cut in the middle of a row) and how many rows name an entity number
    /// <c>sdn.csv</c> lacks (a companion file beside a truncated <c>sdn.csv</c>, or beside another list's).</summary>
    sealed class Tail
    {
        int _lastLine;
        int _brokenLine;
        int _rows;
        int _orphans;
        int _firstOrphan;

        /// <summary>Splits one row; a broken row is reported as an issue and skipped.</summary>
        public bool Split(string file, int line, string text, int columns, List<string?> fields, List<ImportIssue> issues)
        {
            _lastLine = line;
            _rows++;
            if (OfacSdnParser.Split(file, line, text, columns, fields, issues, out var cut)) return true;
            if (cut) _brokenLine = line;
            return false;
        }

        /// <summary>The entry a companion row belongs to; a row naming no entry is reported and skipped.</summary>
        public bool Find(string file, int line, string reference, Dictionary<string, OfacRecord> byNumber, List<ImportIssue> issues, out OfacRecord record)
        {
            if (OfacSdnParser.Find(file, line, reference, byNumber, issues, out record)) return true;
            if (_orphans++ == 0) _firstOrphan = line;
            return false;
        }

        /// <summary>Why the file cannot be used whole, or null: its last row is broken, or more than 1 % (and more than
        /// 10) of its rows name entries that are not in <c>sdn.csv</c> (OFAC's published files have none).</summary>
        public ImportIssue? Fault(string file)
        {
            if (_brokenLine > 0 && _brokenLine == _lastLine)
            {
                return new ImportIssue(file, _lastLine, null, null, null,
                    $"The last row of {file} is broken: the file ends in the middle of a row, so it was cut short (an interrupted download or copy). Nothing was imported.");
            }
            if (_orphans > 10 && _orphans > _rows / 100)
            {
                return new ImportIssue(file, _firstOrphan, 1, "ent_num", null, string.Create(CultureInfo.InvariantCulture,
                    $"{_orphans} of the {_rows} rows of {file} name entity numbers that are not in sdn.csv (the first on line {_firstOrphan}): sdn.csv is truncated, or the files are not of one publication. Nothing was imported."));
            }
            return null;
        }
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
