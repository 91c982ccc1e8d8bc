namespace Interdict.Console.Tests;

/// <summary>A test that needs a real Chromium at <see cref="Browser.ExecutablePath"/>. Without it the test is skipped
/// on a workstation, but fails with a clear message when <c>INTERDICT_REQUIRE_BROWSER=1</c> (CI), so a CI machine
/// without the browser cannot pass silently.</summary>
[AttributeUsage(AttributeTargets.Method)]
sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(Browser.ExecutablePath) && !Browser.Required)
            Skip = $"{Browser.ExecutablePath} is missing (apt-get install -y chromium); set INTERDICT_REQUIRE_BROWSER=1 to make this a failure";
    }
}
