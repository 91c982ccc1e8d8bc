using Interdict.Hosting;
using Interdict.Hosting.Lists;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Interdict.Server.Http;

/// <summary>Reads uploaded files: <c>multipart/form-data</c> (one or more file parts) or the raw body (its name from
/// the <c>name</c> query parameter, else from the content type).</summary>
/// <remarks>Multipart bodies are read section by section with <see cref="MultipartReader"/>, not with
/// <c>ReadFormAsync</c>: the framework's form reader buffers a large part to an anonymous <c>ASPNETCORE_*.tmp</c> file
/// that a crashed process leaves behind. Here a CSV goes straight to a temporary file named after this process
/// (<see cref="TempFiles"/>), which the next start removes if the process dies before deleting it.</remarks>
static class Uploads
{
    public static async Task<IReadOnlyList<ListFile>> ReadAllAsync(HttpRequest request, string defaultName, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var files = new List<ListFile>();
            await foreach (var (name, section) in FileSectionsAsync(request, cancellationToken).ConfigureAwait(false))
            {
                using var buffer = new MemoryStream();
                await Read(() => section.Body.CopyToAsync(buffer, cancellationToken)).ConfigureAwait(false);
                files.Add(new ListFile(name, buffer.ToArray()));
            }
            return files;
        }
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken).ConfigureAwait(false);
        if (body.Length == 0) return [];
        return [new ListFile(NameOf(request, defaultName), body.ToArray())];
    }

    /// <summary>Saves the first uploaded file (or the raw body) to a temporary file; the caller deletes it.</summary>
    public static async Task<string?> SaveFirstAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var path = TempFiles.NewFilePath("upload", ".csv");
        try
        {
            if (request.HasFormContentType)
            {
                var saved = false;
                await foreach (var (_, section) in FileSectionsAsync(request, cancellationToken).ConfigureAwait(false))
                {
                    await CopyToFileAsync(section.Body, path, cancellationToken).ConfigureAwait(false);
                    saved = true;
                    break;
                }
                if (!saved) return null;
            }
            else await CopyToFileAsync(request.Body, path, cancellationToken).ConfigureAwait(false);
            if (new FileInfo(path).Length > 0) return path;
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

    /// <summary>The file parts of a multipart body, in order, with their file names (a form without a multipart
    /// boundary has none).</summary>
    static async IAsyncEnumerable<(string Name, MultipartSection Section)> FileSectionsAsync(HttpRequest request,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)) yield break;
        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        if (string.IsNullOrEmpty(boundary)) yield break;
        var reader = new MultipartReader(boundary, request.Body);
        while (await Read(() => reader.ReadNextSectionAsync(cancellationToken)).ConfigureAwait(false) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition()) continue;
            var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
            var name = string.IsNullOrWhiteSpace(fileName) ? HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "upload" : fileName;
            yield return (name, section);
        }
    }

    /// <summary>Runs a read of the body, turning a malformed multipart body (a missing closing boundary, a cut part)
    /// into a 400 that says so.</summary>
    static async Task<T> Read<T>(Func<Task<T>> read)
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidDataException or IOException and not BadHttpRequestException)
        {
            throw new BadHttpRequestException($"The multipart body is malformed: {e.Message}", StatusCodes.Status400BadRequest, e);
        }
    }

    static Task Read(Func<Task> read) => Read(async () =>
    {
        await read().ConfigureAwait(false);
        return true;
    });

    static string NameOf(HttpRequest request, string defaultName)
    {
        if (request.Query["name"].ToString() is { Length: > 0 } name) return name;
        var type = request.ContentType ?? "";
        if (type.Contains("xml", StringComparison.OrdinalIgnoreCase)) return "list.xml";
        if (type.Contains("zip", StringComparison.OrdinalIgnoreCase)) return "list.zip";
        if (type.Contains("csv", StringComparison.OrdinalIgnoreCase)) return "sdn.csv";
        return defaultName;
    }
}
