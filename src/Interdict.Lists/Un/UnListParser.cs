using System.Globalization;
using System.Xml;
using Interdict.Core.Lists;

namespace Interdict.Lists;

/// <summary>Reads the UN Security Council Consolidated List in its official XML form
/// (<c>CONSOLIDATED_LIST</c>, schema <c>sc-sanctions.xsd</c>) into a <see cref="ListSnapshot"/>.</summary>
/// <remarks>
/// <para>The file is streamed with an <see cref="XmlReader"/>; memory is proportional to the entries, not the markup.
/// Individuals become <see cref="PartyKind.Person"/>, entities <see cref="PartyKind.Organization"/>. The field mapping
/// is documented in <c>docs/sources/un.md</c>.</para>
/// <para>A record without a reference number or without any name is skipped and reported as an <see cref="ImportIssue"/>;
/// fields that cannot be read (an unparseable date) are reported and left out. Malformed or truncated XML makes the
/// whole import fail, naming the line, position and element; no partial list is returned.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class UnListParser
{
    /// <summary>The source id of the UN list (<see cref="ListEntry.Source"/>, <see cref="ListVersion.Source"/>).</summary>
    public const string Source = "un";

    /// <summary>Imports a UN Consolidated List XML file.</summary>
    /// <param name="path">The XML file.</param>
    /// <returns>The list, or a failure when the file is missing, unreadable or not a well-formed UN list.
    /// <see cref="ListVersion.Origin"/> is the file name.</returns>
    public static ImportResult Parse(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var origin = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return ImportResult.Failed(new ImportIssue(origin, 0, null, null, null, $"The file '{path}' does not exist."));
        }
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            return Parse(stream, origin);
        }
        catch (IOException exception)
        {
            return ImportResult.Failed(new ImportIssue(origin, 0, null, null, null, $"The file could not be read: {exception.Message}"));
        }
        catch (UnauthorizedAccessException exception)
        {
            return ImportResult.Failed(new ImportIssue(origin, 0, null, null, null, $"The file could not be read: {exception.Message}"));
        }
    }

    /// <summary>Imports a UN Consolidated List from a stream.</summary>
    /// <param name="stream">The XML; read to the end (or to the first fatal error) and not closed.</param>
    /// <param name="origin">What to call the input in issues and in <see cref="ListVersion.Origin"/> (a file name, "embedded").</param>
    /// <returns>The list, or a failure naming where the XML is malformed.</returns>
    public static ImportResult Parse(Stream stream, string origin)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(origin);
        return new UnListReader(origin).Read(stream);
    }

    /// <summary>Parses the UN list's date forms: <c>2016-10-13</c>, <c>2015-04-07-04:00</c> (a date with an offset).</summary>
    internal static bool TryParseDate(string? text, out DateOnly date)
    {
        date = default;
        if (text is null || text.Length < 10) return false;
        if (text.Length > 10 && text[10] is not ('-' or '+' or 'Z' or 'T')) return false;
        return DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>Parses a partial date (<c>1964</c>, <c>1964-07</c>, <c>1964-07-17</c>), ignoring a trailing offset.</summary>
    internal static bool TryParsePartialDate(string? text, out PartialDate date)
    {
        date = default;
        if (text is null) return false;
        if (TryParseDate(text, out var full))
        {
            date = PartialDate.From(full);
            return true;
        }
        return PartialDate.TryParse(text, out date);
    }
}
