namespace Interdict.Console.Tests;

/// <summary>Debian's Chromium, launched by Playwright for .NET (never <c>playwright install</c>), with the flags that
/// keep it from making outside connections.</summary>
static class Browser
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static bool Required => Environment.GetEnvironmentVariable("INTERDICT_REQUIRE_BROWSER") == "1";

    public static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--disable-extensions",
    ];
}
