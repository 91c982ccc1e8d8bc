using Interdict.Core.Access;
using Interdict.Hosting.Access;
using Interdict.Hosting.Customers;
using Interdict.Hosting.Lists;
using Interdict.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Interdict.Console.Tests;

/// <summary>The real server on a real Kestrel port with a SQLite file in a temporary data folder, serving the 2018 UN
/// list (imported as an admin would), with customers that match listed people, keys of every role, and one headless
/// Chromium shared by the tests (each test gets its own browser context, so its own session cookie).</summary>
public sealed class ConsoleServer : IAsyncLifetime, IDisposable
{
    readonly TemporaryServerFactory _factory = new();
    IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = default!;
    public Dictionary<string, string> Keys { get; } = new(StringComparer.Ordinal);
    public IServiceProvider Services => _factory.Services;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Tests.Browser.ExecutablePath))
        {
            if (Tests.Browser.Required)
                throw new InvalidOperationException($"INTERDICT_REQUIRE_BROWSER=1 but {Tests.Browser.ExecutablePath} is missing: apt-get install -y chromium");
            return;
        }
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        var services = _factory.Services;
        var report = await services.GetRequiredService<ListImporter>().ImportAsync(
            [new ListFile("consolidated-2018-10-29.xml", await File.ReadAllBytesAsync(RepositoryPaths.UnList2018))], Actor.System, CancellationToken.None);
        if (report.Failure is not null) throw new InvalidOperationException($"the 2018 list did not import: {report.Failure}");
        var customers = services.GetRequiredService<CustomerService>();
        foreach (var input in Customers)
        {
            if (!input.TryBuild(out var customer, out var errors)) throw new InvalidOperationException(string.Join("; ", errors.Values));
            await customers.UpsertAsync(customer!, new Actor("onboarding", Role.Analyst), CancellationToken.None);
        }
        var store = services.GetRequiredService<IApiKeyStore>();
        foreach (var (name, role) in new[] { ("ada-admin", Role.Admin), ("sam-screener", Role.Screener), ("ann-analyst", Role.Analyst), ("lee-supervisor", Role.Supervisor), ("park-supervisor", Role.Supervisor) })
        {
            Keys[name] = (await store.CreateAsync(name, role, CancellationToken.None)).Plaintext;
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Tests.Browser.ExecutablePath, Headless = true, Args = Tests.Browser.Arguments });
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
    }

    /// <summary>Customers matching listed people: Ri Won Ho and Kim Chol Sam are listed in 2018 (alerts at once);
    /// Bernard Maheshe Byamungu only from a later version (an alert when the 2026 list is imported); Kim Chol, a name
    /// close to several listed people (alerts of different scores for one customer).</summary>
    static readonly CustomerInput[] Customers =
    [
        new("C-1001", "Ri Won Ho", "person", "1964-07-17", "KP", null, null, null),
        new("C-1002", "Kim Chol Sam", "person", "1971-03-11", "KP", null, null, null),
        new("C-1003", "Jo Yong Chol", "person", "1973-09-30", "KP", null, null, null),
        new("C-1004", "Bernard Maheshe Byamungu", "person", "1974-10-10", null, null, null, null),
        new("C-1005", "Anna Schmidt", "person", "1980-01-01", "DE", null, null, null),
        new("C-1006", "Kim Chol", "person", null, "KP", null, null, null),
    ];

    /// <summary>A new browser context (its own cookies) at 1280×800, signed in with the named key.</summary>
    public async Task<IPage> SignInAsync(string keyName, int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(BaseUrl + "/console/signin");
        await page.FillAsync("#key", Keys[keyName]);
        await page.ClickAsync("#signin");
        return page;
    }

    /// <summary>Saves docs/console/NAME.png: the 1280×800 window, or the whole page when <paramref name="fullPage"/>.</summary>
    public static Task ScreenshotAsync(IPage page, string name, bool fullPage = false) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, name + ".png"), FullPage = fullPage });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    public void Dispose() => _factory.Dispose();
}
