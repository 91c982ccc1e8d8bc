using System.Text;

namespace Interdict.Payments;

/// <summary>Reads several sources of payment messages (the files of a folder, a stream) and reports every message, the
/// refused ones included, and goes on after each fault.</summary>
/// <remarks>The caller opens the sources (this project does no I/O of its own): a folder is
/// <c>Directory.EnumerateFiles(dir).Order().Select(f =&gt; new PaymentSource(Path.GetFileName(f), () =&gt; File.OpenRead(f)))</c>.
/// A source that cannot be opened or read gives one refused result naming it, and the batch goes on.</remarks>
public static class PaymentBatch
{
    /// <summary>The results of every message of every source, in order; lazily, one source at a time.</summary>
    public static IEnumerable<PaymentReadResult> Read(IEnumerable<PaymentSource> sources, PaymentParser? parser = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        parser ??= new PaymentParser();
        foreach (var source in sources)
        {
            IReadOnlyList<PaymentReadResult> results;
            try
            {
                using var stream = source.Open();
                results = parser.ParseAll(stream, source.Name);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                // Isolation boundary: one unreadable source is reported and the others are still read.
                results = [PaymentReadResult.Refused(new PaymentIssue(source.Name, 0, null, null, $"the source could not be read: {e.Message}"))];
            }
            foreach (var result in results) yield return result;
        }
    }
}
