using System.Collections.Immutable;

namespace Interdict.Lists;

/// <summary>The one registry of list formats: every format the engine reads, in the order they are asked to recognise a
/// file. Adding a format is adding it here; <see cref="ListFiles"/>, the CLI, the server's upload and the stored versions
/// all go through this list.</summary>
public static class ListSources
{
    /// <summary>How many leading bytes of a file a format is shown to recognise it.</summary>
    public const int HeadLength = 4096;

    /// <summary>Every format, most specific first. OFAC's CSV is recognised by its file name (its content has no mark), so
    /// it comes before the content-sniffing formats; the UN list last, as the fallback for a broken <c>.xml</c> file.</summary>
    public static ImmutableArray<IListSource> All { get; } =
    [
        new OfacCsvSource(),
        new OfacEnhancedSource(),
        new EuFsfSource(),
        new UkSanctionsListSource(),
        new FtmSource(),
        new UnXmlSource(),
    ];

    /// <summary>The format named <paramref name="format"/> (<see cref="IListSource.Format"/>), or null.</summary>
    public static IListSource? Find(string format) =>
        All.FirstOrDefault(s => string.Equals(s.Format, format, StringComparison.OrdinalIgnoreCase));

    /// <summary>The format that recognises a file, or null. Reads at most <see cref="HeadLength"/> bytes.</summary>
    /// <param name="file">A file that exists.</param>
    public static IListSource? Recognise(string file)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        Span<byte> head = stackalloc byte[HeadLength];
        int length;
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
            length = stream.ReadAtLeast(head, HeadLength, throwOnEndOfStream: false);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
        var name = Path.GetFileName(file);
        foreach (var source in All)
        {
            if (source.Recognises(name, head[..length])) return source;
        }
        return null;
    }

    /// <summary>The titles of every format, for a message saying what a file is not.</summary>
    public static string Titles => string.Join(", ", All.Select(s => s.Title));
}
