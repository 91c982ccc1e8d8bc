namespace Interdict.Benchmarks;

/// <summary>`Interdict.Benchmarks payments-files DIR [count]`: writes the benchmark's pacs.008 traffic as one file per
/// message, for timing <c>interdict payments screen DIR</c> itself (scripts/bench-payments).</summary>
static class PaymentFiles
{
    public static void Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var messages = PaymentMessages.Draw(count);
        for (var i = 0; i < messages.Length; i++) File.WriteAllText(Path.Combine(folder, $"m{i:D6}.xml"), messages[i]);
    }
}
