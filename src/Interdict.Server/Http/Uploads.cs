using Interdict.Hosting;
using Interdict.Hosting.Lists;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Interdict.Server.Http;

/// <summary>Reads uploaded files: <c>multipart/form-data</c> (one or more file parts, and small form fields beside
/// them) or the raw body (its name from the <c>name</c> query parameter, else from the content type). A malformed
/// multipart body (no boundary, no closing boundary) and a file name that is not a plain name are the caller's errors:
/// 400 naming the place.</summary>
/// <remarks>Multipart bodies are read section by section with <see cref="MultipartReader"/>, not with
/// <c>ReadFormAsync</c>: the framework's form reader buffers a large part to an anonymous <c>ASPNETCORE_*.tmp</c> file
/// that a crashed process leaves behind. Here a CSV goes straight to a temporary file named after this process
/// (<see cref="TempFiles"/>), which the next start removes if the process dies before deleting it.</remarks>
static class Uploads
{
    /// <summary>The longest accepted file name (the <c>name</c> parameter or a part's file name).</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest form field value kept (a date, a flag): a longer one is the caller's error.</summary>
    const int MaxFieldLength = 1_000;

    /// <summary>Reads every uploaded file into memory, and the form fields sent beside them.</summary>
    public static async Task<Upload> ReadAllAsync(HttpRequest request, string defaultName, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var files = new List<ListFile>();
            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            await foreach (var part in SectionsAsync(request, cancellationToken).ConfigureAwait(false))
            {
                if (part.FileName is null)
                {
                    fields[part.Name] = await ReadFieldAsync(part, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                using var buffer = new MemoryStream();
                await Read(() => part.Section.Body.CopyToAsync(buffer, cancellationToken)).ConfigureAwait(false);
                files.Add(new ListFile(part.FileName, buffer.ToArray()));
            }
            return new Upload(files, fields);
        }
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken).ConfigureAwait(false);
        if (body.Length == 0) return new Upload([], new Dictionary<string, string>());
        return new Upload([new ListFile(NameOf(request, defaultName), body.ToArray())], new Dictionary<string, string>());
    }

    /// <summary>Saves the first uploaded file (or the raw body) to a temporary file; the caller deletes it.</summary>
    public static async Task<string?> SaveFirstAsync(HttpRequest request, CancellationToken cancellationToken) =>
        (await SaveFirstNamedAsync(request, "upload.csv", cancellationToken).ConfigureAwait(false))?.Path;

    /// <summary>Saves the first uploaded file (or the raw body) to a temporary file, with its name (a part's file name,
    /// else the <c>name</c> query parameter, else <paramref name="defaultName"/>); the caller deletes it.</summary>
    public static async Task<(string Path, string Name)?> SaveFirstNamedAsync(HttpRequest request, string defaultName, CancellationToken cancellationToken)
    {
        var path = TempFiles.NewFilePath("upload", ".csv");
        try
        {
            string? name = null;
            if (request.HasFormContentType)
            {
                await foreach (var part in SectionsAsync(request, cancellationToken).ConfigureAwait(false))
                {
                    if (part.FileName is null) continue;
                    await CopyToFileAsync(part.Section.Body, path, cancellationToken).ConfigureAwait(false);
                    name = part.FileName;
                    break;
                }
                if (name is null) return null;
            }
            else
            {
                await CopyToFileAsync(request.Body, path, cancellationToken).ConfigureAwait(false);
                name = request.Query["name"].ToString() is { Length: > 0 } given ? CheckName(given, "name") : defaultName;
            }
            if (new FileInfo(path).Length > 0) return (path, name);
            File.Delete(path);
            return null;
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    static async Task CopyToFileAsync(Stream source, string path, CancellationToken cancellationToken)
    {
        var target = File.Create(path);
        await using (target.ConfigureAwait(false)) await Read(() => source.CopyToAsync(target, cancellationToken)).ConfigureAwait(false);
    }

    static async Task<string> ReadFieldAsync(Part part, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(part.Section.Body);
        var buffer = new char[MaxFieldLength + 1];
        var read = await Read(() => reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken).AsTask()).ConfigureAwait(false);
        if (read > MaxFieldLength) throw new InvalidRequestField(part.Name, $"a form field may hold at most {MaxFieldLength} characters");
        return new string(buffer, 0, read);
    }

    /// <summary>The parts of a multipart body, in order: file parts with their (checked) file names, fields without.</summary>
    static async IAsyncEnumerable<Part> SectionsAsync(HttpRequest request,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)) yield break;
        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
            throw new InvalidRequestField("Content-Type", "multipart/form-data needs a boundary parameter (multipart/form-data; boundary=…)");
        var reader = new MultipartReader(boundary, request.Body);
        while (await Read(() => reader.ReadNextSectionAsync(cancellationToken)).ConfigureAwait(false) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            if (!disposition.IsFileDisposition())
            {
                yield return new Part(name, null, section);
                continue;
            }
            var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
            yield return new Part(name, CheckName(string.IsNullOrWhiteSpace(fileName) ? (name.Length > 0 ? name : "upload") : fileName, "file name"), section);
        }
    }

    /// <summary>Runs a read of the body, turning a malformed multipart body (a missing closing boundary, a cut part)
    /// into a 400 that says so: the framework throws InvalidDataException or IOException, which describe the request.</summary>
    static async Task<T> Read<T>(Func<Task<T>> read)
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidRequestField("body", $"the multipart body cannot be read: {e.Message}");
        }
        catch (IOException e) when (e is not BadHttpRequestException)
        {
            throw new InvalidRequestField("body", "the multipart body ends before its closing boundary (--boundary--)");
        }
    }

    static Task Read(Func<Task> read) => Read(async () =>
    {
        await read().ConfigureAwait(false);
        return true;
    });

    static string NameOf(HttpRequest request, string defaultName)
    {
        if (request.Query["name"].ToString() is { Length: > 0 } name) return CheckName(name, "name");
        var type = request.ContentType ?? "";
        if (type.Contains("xml", StringComparison.OrdinalIgnoreCase)) return "list.xml";
        if (type.Contains("zip", StringComparison.OrdinalIgnoreCase)) return "list.zip";
        if (type.Contains("csv", StringComparison.OrdinalIgnoreCase)) return "sdn.csv";
        return defaultName;
    }

    /// <summary>A file name as given, when it is a plain name: at most <see cref="MaxNameLength"/> characters, no
    /// control character (a NUL), no folder separator.</summary>
    static string CheckName(string name, string field)
    {
        if (name.Length > MaxNameLength)
            throw new InvalidRequestField(field, $"{name.Length} characters is longer than the {MaxNameLength} a file name may have");
        if (name.Any(char.IsControl))
            throw new InvalidRequestField(field, "a file name may not contain control characters (such as NUL)");
        if (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name is "." or "..")
            throw new InvalidRequestField(field, "give a file name alone, without folders");
        return name;
    }

    readonly record struct Part(string Name, string? FileName, MultipartSection Section);
}

/// <summary>What a multipart or raw upload carried.</summary>
/// <param name="Files">The files, in order.</param>
/// <param name="Fields">The form fields beside them, by name (case-insensitive); empty for a raw body.</param>
sealed record Upload(IReadOnlyList<ListFile> Files, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>A field from the form, else the query parameter of the same name; null when neither is given.</summary>
    public string? Field(HttpRequest request, string name) =>
        Fields.TryGetValue(name, out var value) ? value : request.Query[name] is { Count: > 0 } query ? query.ToString() : null;
}
