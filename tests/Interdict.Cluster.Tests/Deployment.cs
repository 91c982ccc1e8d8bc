using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Interdict.Core.Lists;
using Interdict.Storage;

namespace Interdict.Cluster.Tests;

/// <summary>What the cluster tests do through the HTTP API of any process, and the customers they monitor.</summary>
static class Deployment
{
    public static HttpClient Client(string url, string key)
    {
        var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http;
    }

    /// <summary>Creates a key with `interdict keys create` on the deployment's database; returns it.</summary>
    public static async Task<string> CreateKeyAsync(IReadOnlyDictionary<string, string> environment, string dataDirectory)
    {
        var (exitCode, output) = await InterdictProcess.RunAsync(environment, "keys", "create", "--role", "admin", "--name", "tests", "--data", dataDirectory);
        Assert.True(exitCode == 0, output);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last(l => l.StartsWith("idk_", StringComparison.Ordinal));
    }

    public static async Task<JsonElement> ImportListAsync(HttpClient http, string path)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(path)), "file", Path.GetFileName(path));
        using var response = await http.PostAsync("/v1/lists/import", form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task CreateCustomerAsync(HttpClient http, Customer customer)
    {
        var json = JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = customer.Id, ["name"] = customer.Name, ["type"] = customer.Type });
        using var response = await http.PostAsync("/v1/customers", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Runs a full re-screen the way an operator does (<c>POST /v1/customers/rescreen</c>); returns its report.</summary>
    public static async Task<JsonElement> RescreenAsync(HttpClient http)
    {
        using var response = await http.PostAsync("/v1/customers/rescreen", null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Splits the customers in two: every other one is created through the API (screened at once), the rest
    /// are written into the database by another tool (never screened: a full re-screen's work).</summary>
    public static (List<Customer> Screened, List<Customer> Unscreened) HalfScreened(List<Customer> customers) =>
        ([.. customers.Where((_, i) => i % 2 == 0)], [.. customers.Where((_, i) => i % 2 == 1)]);

    /// <summary>Writes customers straight into the store, as a migration or an ETL job would: no process screens them.</summary>
    public static async Task WriteByAnotherToolAsync(StorageOptions storage, IEnumerable<Customer> customers)
    {
        await using var store = await InterdictStorage.OpenAsync(storage, TimeProvider.System, CancellationToken.None);
        foreach (var customer in customers)
        {
            var kind = customer.Type switch { "individual" => PartyKind.Person, "entity" => PartyKind.Organization, _ => PartyKind.Unknown };
            await store.Customers.UpsertAsync(new Core.Customers.Customer(customer.Id, customer.Name, kind), CancellationToken.None);
        }
    }

    /// <summary>Every alert, as comparable lines: customer, list, entry, origin, state, score.</summary>
    public static async Task<List<string>> AlertsAsync(HttpClient http)
    {
        var lines = new List<string>();
        for (var offset = 0; ; offset += 1000)
        {
            var page = JsonDocument.Parse(await http.GetStringAsync($"/v1/alerts?limit=1000&offset={offset}")).RootElement;
            var alerts = page.GetProperty("alerts");
            foreach (var a in alerts.EnumerateArray())
            {
                lines.Add(string.Join('|', a.GetProperty("customer_id").GetString(), a.GetProperty("list").GetString(), a.GetProperty("ref").GetString(),
                    a.GetProperty("origin").GetString(), a.GetProperty("state").GetString(), a.GetProperty("score").GetDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
            }
            if (alerts.GetArrayLength() < 1000) break;
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>The monitored customers: names of entries of both UN versions (some only in 2026: the update's hits; some
    /// only in 2018: delisted), written as a bank might, and names listed nowhere.</summary>
    public static List<Customer> Customers()
    {
        var customers = new List<Customer>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, every) in new[] { (RepositoryPaths.UnList2026, 6), (RepositoryPaths.UnList2018, 11) })
        {
            var list = XDocument.Load(path);
            var i = 0;
            foreach (var entry in list.Descendants().Where(e => e.Name.LocalName is "INDIVIDUAL" or "ENTITY"))
            {
                if (i++ % every != 0) continue;
                var parts = new[] { "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME" }
                    .Select(n => entry.Element(n)?.Value.Trim()).Where(v => !string.IsNullOrEmpty(v));
                var name = string.Join(' ', parts);
                if (name.Length == 0 || !seen.Add(name)) continue;
                var type = entry.Name.LocalName == "INDIVIDUAL" ? "individual" : "entity";
                customers.Add(new Customer($"C{customers.Count:D5}", name, type));
                // The same name written another way: upper case, no punctuation.
                customers.Add(new Customer($"C{customers.Count:D5}", new string([.. name.ToUpperInvariant().Where(c => char.IsLetterOrDigit(c) || c == ' ')]), type));
            }
        }
        foreach (var name in new[] { "Maria Fernandez Lopez", "Acme Trading Ltd", "Johan de Vries", "Li Wei", "Olusegun Adeyemi", "Park Min-jun" })
            customers.Add(new Customer($"C{customers.Count:D5}", name, "unknown"));
        return customers;
    }
}

sealed record Customer(string Id, string Name, string Type);
