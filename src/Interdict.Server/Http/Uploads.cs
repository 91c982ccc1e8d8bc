using Interdict.Hosting.Lists;

namespace Interdict.Server.Http;

/// <summary>Reads uploaded files: <c>multipart/form-data</c> (one or more file parts) or the raw body (its name from
/// the <c>name</c> query parameter, else from the content type).</summary>
static class Uploads
{
    public static async Task<IReadOnlyList<ListFile>> ReadAllAsync(HttpRequest request, string defaultName, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            var files = new List<ListFile>();
            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                files.Add(new ListFile(string.IsNullOrWhiteSpace(file.FileName) ? file.Name : file.FileName, buffer.ToArray()));
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
        var path = Path.Combine(Path.GetTempPath(), $"interdict-upload-{Guid.NewGuid():N}.csv");
        Stream source;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            if (form.Files.Count == 0) return null;
            source = form.Files[0].OpenReadStream();
        }
        else source = request.Body;
        await using (source.ConfigureAwait(false))
        {
            var target = File.Create(path);
            await using (target.ConfigureAwait(false)) await source.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
        }
        if (new FileInfo(path).Length > 0) return path;
        File.Delete(path);
        return null;
    }

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
