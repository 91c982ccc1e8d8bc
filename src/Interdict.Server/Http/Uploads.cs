using Interdict.Hosting.Lists;
using Microsoft.Net.Http.Headers;

namespace Interdict.Server.Http;

/// <summary>Reads uploaded files: <c>multipart/form-data</c> (one or more file parts) or the raw body (its name from
/// the <c>name</c> query parameter, else from the content type). A malformed multipart body (no boundary, no closing
/// boundary) and a file name that is not a plain name are the caller's errors: 400 naming the place.</summary>
static class Uploads
{
    /// <summary>The longest accepted file name (the <c>name</c> parameter or a part's file name).</summary>
    public const int MaxNameLength = 200;

    public static async Task<IReadOnlyList<ListFile>> ReadAllAsync(HttpRequest request, string defaultName, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await ReadFormAsync(request, cancellationToken).ConfigureAwait(false);
            var files = new List<ListFile>();
            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                files.Add(new ListFile(CheckName(string.IsNullOrWhiteSpace(file.FileName) ? file.Name : file.FileName, "file name"), buffer.ToArray()));
            }
            return files;
        }
        var name = NameOf(request, defaultName);
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken).ConfigureAwait(false);
        if (body.Length == 0) return [];
        return [new ListFile(name, body.ToArray())];
    }

    /// <summary>Saves the first uploaded file (or the raw body) to a temporary file; the caller deletes it.</summary>
    public static async Task<string?> SaveFirstAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        Stream source;
        if (request.HasFormContentType)
        {
            var form = await ReadFormAsync(request, cancellationToken).ConfigureAwait(false);
            if (form.Files.Count == 0) return null;
            source = form.Files[0].OpenReadStream();
        }
        else source = request.Body;
        var path = Path.Combine(Path.GetTempPath(), $"interdict-upload-{Guid.NewGuid():N}.csv");
        await using (source.ConfigureAwait(false))
        {
            var target = File.Create(path);
            await using (target.ConfigureAwait(false)) await source.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
        }
        if (new FileInfo(path).Length > 0) return path;
        File.Delete(path);
        return null;
    }

    // The framework throws InvalidDataException (no boundary, a part too large) or IOException (the body ends before
    // the closing boundary) from ReadFormAsync: both describe the request, so they are the caller's 400, not our 500.
    static async Task<IFormCollection> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            && HeaderUtilities.RemoveQuotes(type.Boundary).Length == 0)
            throw new InvalidRequestField("Content-Type", "multipart/form-data needs a boundary parameter (multipart/form-data; boundary=…)");
        try
        {
            return await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidRequestField("body", $"the multipart body cannot be read: {e.Message}");
        }
        catch (IOException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InvalidRequestField("body", "the multipart body ends before its closing boundary (--boundary--)");
        }
    }

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
}
