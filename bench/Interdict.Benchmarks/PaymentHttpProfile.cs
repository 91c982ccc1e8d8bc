using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Interdict.Benchmarks;

/// <summary>`Interdict.Benchmarks payments-http URL KEY [count] [connections]`: per-message latency of <c>POST
/// /v1/payments/screen</c> against a running <c>interdict serve</c> (real Kestrel, loopback, auditing on;
/// scripts/bench-payments starts it), one message per request from <c>connections</c> clients at once (default 1), each
/// posting its next request when its answer is in, after a warm-up; and, as the baseline of the same run, <c>POST
/// /v1/screen</c> of one of the message's names on the same server.</summary>
static class PaymentHttpProfile
{
    public static void Run(string url, string key, int count, int connections = 1)
    {
        var messages = PaymentMessages.Draw(count + 1000, seed: 29);
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        double Post(string path, string body, string type)
        {
            using var content = new StringContent(body, Encoding.UTF8, type);
            var start = Stopwatch.GetTimestamp();
            using var response = client.PostAsync(path, content).GetAwaiter().GetResult();
            response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path}: {(int)response.StatusCode}");
            return elapsed;
        }
        for (var i = 0; i < 1000; i++) Post("/v1/payments/screen", messages[count + i], "application/xml");

        var names = messages.Take(count).Select(m => m[(m.IndexOf("<pacs:Nm>", StringComparison.Ordinal) + 9)..]).Select(m => m[..m.IndexOf('<', StringComparison.Ordinal)]).ToArray();
        // Each client on a thread of its own, posting request c, c + connections, ...: at most `connections` in flight.
        (double[] Times, double Seconds) Clients(Func<int, double> post)
        {
            var times = new double[count];
            var clients = Enumerable.Range(0, connections).Select(c => new Thread(() =>
            {
                for (var i = c; i < count; i += connections) times[i] = post(i);
            })).ToList();
            var start = Stopwatch.GetTimestamp();
            clients.ForEach(t => t.Start());
            clients.ForEach(t => t.Join());
            return (times, Stopwatch.GetElapsedTime(start).TotalSeconds);
        }
        var label = connections == 1 ? "one connection" : string.Create(CultureInfo.InvariantCulture, $"{connections} connections");
        Report($"POST /v1/screen (baseline: one name of each message), {label}",
            Clients(i => Post("/v1/screen", $$"""{"name": {{System.Text.Json.JsonSerializer.Serialize(names[i])}}}""", "application/json")));
        Report($"POST /v1/payments/screen (one pacs.008 per request), {label}", Clients(i => Post("/v1/payments/screen", messages[i], "application/xml")));
    }

    static void Report(string label, (double[] Times, double Seconds) run)
    {
        var times = run.Times;
        Array.Sort(times);
        double At(double p) => times[(int)(p * (times.Length - 1))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {times.Length} requests, {times.Length / run.Seconds:N0}/s; p50 {At(0.5):0.00} ms, p90 {At(0.9):0.00} ms, p99 {At(0.99):0.00} ms, max {times[^1]:0.0} ms"));
    }
}
