namespace Interdict.Cli.Lists;

/// <summary>Fetches one file over HTTP(S) with a bounded wait.</summary>
static class Downloader
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Downloads <paramref name="url"/> to <paramref name="path"/>; returns null on success, else why it failed.</summary>
    public static async Task<string?> TryDownloadAsync(string url, string path, CancellationToken cancellation)
    {
        using var http = new HttpClient { Timeout = Timeout };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("Interdict/1.0 (+sanctions screening)");
        try
        {
            using var response = await http.GetAsync(new Uri(url), HttpCompletionOption.ResponseHeadersRead, cancellation).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode) return $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}";
            var file = new FileStream(path, FileMode.Create, FileAccess.Write);
            await using (file.ConfigureAwait(false))
            {
                await response.Content.CopyToAsync(file, cancellation).ConfigureAwait(false);
            }
            return null;
        }
        catch (HttpRequestException exception)
        {
            return exception.Message;
        }
        catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return $"no answer within {Timeout.TotalSeconds:0} s";
        }
        catch (UriFormatException exception)
        {
            return exception.Message;
        }
    }
}
