using System.Diagnostics;
using System.Globalization;
using System.Net;
using Interdict.Core.Alerts;
using Interdict.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Interdict.Console.Tests;

/// <summary>The console end to end in a real Chromium against the real server: each test is what an analyst does, and
/// takes the screenshot of its page into docs/console/.</summary>
[TestCaseOrderer(StepOrderer.Name, StepOrderer.Assembly)]
public sealed partial class ConsoleTests(ConsoleServer server, ITestOutputHelper output) : IClassFixture<ConsoleServer>
{
    [BrowserFact, Step(1)]
    public async Task SignIn_UnknownKey_SaysSoAndStaysSignedOut()
    {
        var context = await server.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/console");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/console/signin"));
        await ConsoleServer.ScreenshotAsync(page, "signin");
        await page.FillAsync("#key", "idk_not_a_key");
        await page.ClickAsync("#signin");
        await Expect(page.Locator("#signin-error")).ToContainTextAsync("unknown or revoked");
        await context.CloseAsync();
    }

    [BrowserFact, Step(3)]
    public async Task Screen_RiWonHo_HighlightsTokensAndOpensEntity()
    {
        var page = await server.SignInAsync("sam-screener");
        await page.FillAsync("#name", "Ri Won-ho");
        await page.FillAsync("#dob", "1964-07-17");
        await page.FillAsync("#nationality", "KP");
        await page.ClickAsync("#screen");
        var first = page.Locator("tr.hit").First;
        await Expect(first).ToContainTextAsync("KPi.033");
        await Expect(first.Locator(".agrees").First).ToContainTextAsync("date_of_birth agrees");
        await Expect(first.Locator("td.matched mark").First).ToBeVisibleAsync();
        await ConsoleServer.ScreenshotAsync(page, "screen");
        await first.Locator("a").First.ClickAsync();
        await Expect(page.Locator("#entity-name")).ToContainTextAsync("RI WON HO", new() { IgnoreCase = true });
        await Expect(page.Locator("dd.designations")).ToContainTextAsync("Ministry of State Security");
        await Expect(page.Locator("tr.history-step").First).ToContainTextAsync("listed");
        await ConsoleServer.ScreenshotAsync(page, "entity", fullPage: true);
        await page.Context.CloseAsync();
    }

    [BrowserFact, Step(4)]
    public async Task Alert_ProposedBySupervisor_SameSupervisorCannotConfirm_AnotherConfirms()
    {
        var alerts = server.Services.GetRequiredService<IAlertStore>();
        var open = await alerts.QueryAsync(new AlertQuery { CustomerId = "C-1002", State = AlertState.Open }, CancellationToken.None);
        var alert = Assert.Single(open.Items);

        var lee = await server.SignInAsync("lee-supervisor");
        await lee.GotoAsync(server.BaseUrl + "/console/alerts?state=open");
        await Expect(lee.Locator("tr.alert-row").First).ToBeVisibleAsync();
        await ConsoleServer.ScreenshotAsync(lee, "alerts");
        await lee.GotoAsync($"{server.BaseUrl}/console/alerts/{alert.Id}");
        // A decision is deliberate: no outcome chosen in advance, and the server refuses a form without an outcome
        // or a reason (the browser's own check is switched off here to reach it), saying what is missing.
        await Expect(lee.Locator("input[name='Proposal.Outcome']:checked")).ToHaveCountAsync(0);
        await lee.EvalOnSelectorAsync("form:has(#propose)", "form => form.noValidate = true");
        await lee.ClickAsync("#propose");
        await Expect(lee.Locator("#decision-message")).ToContainTextAsync("Choose true match or false positive");
        await lee.EvalOnSelectorAsync("form:has(#propose)", "form => form.noValidate = true");
        await lee.CheckAsync("input[value=false_positive]");
        await lee.ClickAsync("#propose");
        await Expect(lee.Locator("#decision-message")).ToContainTextAsync("A reason is required");
        await Expect(lee.Locator("#alert-state")).ToHaveTextAsync("open");
        await lee.CheckAsync("input[value=false_positive]");
        await lee.FillAsync("#propose-reason", "Different date of birth on the customer's passport");
        await lee.ClickAsync("#propose");
        await Expect(lee.Locator("#alert-state")).ToHaveTextAsync("proposed");
        await lee.FillAsync("#review-reason", "Looks right to me");
        await lee.ClickAsync("#confirm");
        await Expect(lee.Locator("#decision-message")).ToContainTextAsync("cannot also review it (four-eyes rule)");
        await Expect(lee.Locator("#alert-state")).ToHaveTextAsync("proposed");
        await lee.Context.CloseAsync();

        var park = await server.SignInAsync("park-supervisor");
        await park.GotoAsync($"{server.BaseUrl}/console/alerts/{alert.Id}");
        // The confirm step shows what a click confirms.
        var summary = park.Locator("#confirm-summary");
        await Expect(summary).ToContainTextAsync("false positive");
        await Expect(summary).ToContainTextAsync($"#{alert.Id}");
        await Expect(summary).ToContainTextAsync("C-1002 Kim Chol Sam");
        await Expect(summary).ToContainTextAsync(alert.EntryReference);
        await park.FillAsync("#review-reason", "Passport checked: a different person");
        await park.ClickAsync("#confirm");
        await Expect(park.Locator("#alert-state")).ToHaveTextAsync("confirmed false positive");
        await Expect(park.Locator("#review")).ToContainTextAsync("park-supervisor");
        await Expect(park.Locator("tr.audit")).ToHaveCountAsync(2);
        // One wording for each state in the history: labels, never the enum's or the wire's spelling.
        var history = await park.Locator("tr.event").AllInnerTextsAsync();
        Assert.Contains(history, row => row.Contains("proposed false positive: Different date", StringComparison.Ordinal));
        Assert.Contains(history, row => row.Contains("confirmed false positive", StringComparison.Ordinal));
        Assert.All(history, row => Assert.DoesNotMatch("FalsePositive|false_positive|Screening|_", row));
        await ConsoleServer.ScreenshotAsync(park, "alert", fullPage: true);
        await park.Context.CloseAsync();
        Assert.Equal(AlertState.ConfirmedFalsePositive, (await alerts.FindAsync(alert.Id, CancellationToken.None))!.State);
    }

    [BrowserFact]
    public async Task Root_LeadsToSignIn_AndTheIconIsServedToAnyone()
    {
        var context = await server.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/console/signin"));
        var icon = await context.APIRequest.GetAsync(server.BaseUrl + "/favicon.ico");
        Assert.Equal(200, icon.Status);
        Assert.Equal("image/x-icon", icon.Headers["content-type"]);
        var bytes = await icon.BodyAsync();
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]); // an ICO header
        await context.CloseAsync();
    }

    /// <summary>The check, alert and regime pages show labels, never a raw code: no enum value as the code spells it
    /// (<c>TrueMatch</c>, <c>PermittedWithExemption</c>) or as the API writes it (<c>confirmed_true_match</c>), no code
    /// of the label table or the facts vocabulary (<c>rajin_transit_export</c>) — the codes are collected from the
    /// assemblies, so a new enum value is searched for without editing this test. The code stays in the tooltip.</summary>
    [BrowserFact, Step(7)]
    public async Task PlainLanguage_CheckAlertRegime_ShowNoRawCodes()
    {
        var codes = RawCodes();
        Assert.Contains("TrueMatch", codes);
        Assert.Contains("confirmed_true_match", codes);
        Assert.Contains("rajin_transit_export", codes);
        var patterns = codes.Select(c => (Code: c, Pattern: new System.Text.RegularExpressions.Regex($@"(?<![\w.-]){System.Text.RegularExpressions.Regex.Escape(c)}(?![\w-])")))
            .Append((Code: "a research source's bare id (S11)", Pattern: new System.Text.RegularExpressions.Regex(@"(?<!\()\bS\d\d\b|\bS\d\d\b(?!\))"))).ToArray();
        var page = await server.SignInAsync("ada-admin");
        var found = new List<string>();
        async Task Scan(string name)
        {
            var text = await page.EvaluateAsync<string>("document.body.innerText");
            found.AddRange(patterns.Where(p => p.Pattern.IsMatch(text)).Select(p => $"{name}: {p.Code}"));
        }
        async Task Check(string name, string date, string direction, string hs, string description, string? party = null, string? origin = null, string? purpose = null)
        {
            await page.GotoAsync(server.BaseUrl + "/console/check");
            await page.FillAsync("#date", date);
            await page.SelectOptionAsync("#direction", direction);
            await page.FillAsync("#hs", hs);
            await page.FillAsync("#description", description);
            if (party is not null) await page.FillAsync("#party", party);
            if (origin is not null) await page.FillAsync("#origin", origin);
            if (purpose is not null) await page.SelectOptionAsync("#purpose", purpose);
            await page.FillAsync("#compare_date", "2019-06-01");
            await page.ClickAsync("#check");
            await Expect(page.Locator("section.answer").First).ToBeVisibleAsync();
            await Scan(name);
        }
        await Check("check (rice, Kim Chol)", "2018-05-01", "to_dprk", "1006.30", "milled rice", party: "Kim Chol");
        await Expect(page.Locator("section.answer li", new() { HasText = "name hit, not decisive — review" }).First).ToBeVisibleAsync();
        await Expect(page.Locator("#direction option[title=to_dprk]")).ToHaveTextAsync("to the DPRK");
        await Check("check (coal)", "2017-03-01", "from_dprk", "2701", "anthracite coal", origin: "KP", purpose: "livelihood");
        await Check("check (textiles)", "2017-09-20", "from_dprk", "6109", "cotton T-shirts", party: "FIRST OIL JV CO LTD");
        var alerts = server.Services.GetRequiredService<IAlertStore>();
        foreach (var alert in (await alerts.QueryAsync(new AlertQuery { Limit = 5 }, CancellationToken.None)).Items)
        {
            await page.GotoAsync($"{server.BaseUrl}/console/alerts/{alert.Id}");
            await Expect(page.Locator("#alert-state span[title]")).ToHaveCountAsync(1);
            await Scan($"alert {alert.Id}");
        }
        await page.GotoAsync(server.BaseUrl + "/console/regime?proposal=P-2019-RU-CN&as_of=2019-12-16");
        await Expect(page.Locator("span.code-label[title=not_adopted]")).ToHaveTextAsync("not adopted");
        await Scan("regime");
        foreach (var measure in Interdict.Rules.Model.Rulebook.LoadEmbedded().Measures)
        {
            await page.GotoAsync($"{server.BaseUrl}/console/regime?measure={measure.Id}");
            await Scan($"regime {measure.Id}");
        }
        Assert.True(found.Count == 0, "raw codes shown: " + string.Join(", ", found));
        await page.Context.CloseAsync();
    }

    /// <summary>Every page fits a 390 px phone: nothing scrolls sideways, and the header spans the width.</summary>
    [BrowserFact, Step(8)]
    public async Task EveryPage_At390Pixels_HasNoSidewaysScroll()
    {
        var alerts = server.Services.GetRequiredService<IAlertStore>();
        var any = (await alerts.QueryAsync(new AlertQuery { Limit = 1 }, CancellationToken.None)).Items[0];
        var page = await server.SignInAsync("ada-admin", 390, 800);
        var failures = new List<string>();
        foreach (var (name, path) in new[]
        {
            ("screen", "/console?name=Ri+Won-ho"), ("entity", "/console/entities/un/KPi.033"), ("alerts", "/console/alerts"),
            ("alert", $"/console/alerts/{any.Id}"), ("check", "/console/check"), ("regime", "/console/regime?proposal=P-2019-RU-CN&as_of=2019-12-16"),
            ("regime measure", "/console/regime?measure=M-2371-8"), ("lists", "/console/lists"), ("lists diff", "/console/lists?source=un"),
            ("alerts by score", "/console/alerts?sort=score"), ("screen with threshold", "/console?name=Kim+Chol&threshold=0.7"),
            ("check answered", ""),
        })
        {
            if (path.Length == 0)
            {
                // The check page with two answers side by side, as an analyst sees it after checking.
                await page.GotoAsync(server.BaseUrl + "/console/check");
                await page.FillAsync("#date", "2017-03-01");
                await page.SelectOptionAsync("#direction", "from_dprk");
                await page.FillAsync("#hs", "2701");
                await page.FillAsync("#description", "anthracite coal");
                await page.FillAsync("#party", "FIRST OIL JV CO LTD");
                await page.FillAsync("#compare_date", "2017-09-01");
                await page.ClickAsync("#check");
                await Expect(page.Locator("section.answer")).ToHaveCountAsync(2);
            }
            else await page.GotoAsync(server.BaseUrl + path);
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            var header = await page.EvaluateAsync<double>("document.querySelector('header.top').getBoundingClientRect().width");
            if (width > 390) failures.Add($"{name} is {width} px wide");
            if (header < 390) failures.Add($"{name}'s header is {header} px wide");
        }
        Assert.True(failures.Count == 0, string.Join("; ", failures));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Session_KeyRevoked_EndsTheSession()
    {
        var keys = server.Services.GetRequiredService<IApiKeyStore>();
        var created = await keys.CreateAsync("short-lived", Core.Access.Role.Screener, CancellationToken.None);
        server.Keys["short-lived"] = created.Plaintext;
        var page = await server.SignInAsync("short-lived");
        await Expect(page.Locator("#name")).ToBeVisibleAsync();
        var cookie = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == "interdict.console");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.DoesNotContain(created.Plaintext, cookie.Value, StringComparison.Ordinal);
        await keys.RevokeAsync(created.Key.Id, CancellationToken.None);
        await page.ReloadAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/console/signin"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task SignOut_FromTheHeader_EndsTheSession()
    {
        var page = await server.SignInAsync("ann-analyst");
        await page.GotoAsync(server.BaseUrl + "/console/alerts");
        await page.ClickAsync("text=Sign out");
        await Expect(page.Locator("p.notice")).ToContainTextAsync("signed out");
        await page.GotoAsync(server.BaseUrl + "/console/alerts");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/console/signin\\?return="));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Alerts_Screener_IsToldTheRoleNeeded()
    {
        var page = await server.SignInAsync("sam-screener");
        await page.GotoAsync(server.BaseUrl + "/console/alerts");
        await Expect(page.Locator("p.error")).ToContainTextAsync("needs the role analyst");
        await page.Context.CloseAsync();
    }

    [BrowserFact, Step(5)]
    public async Task Check_CoalFromDprk_CapInMarchProhibitedInSeptember2017()
    {
        var page = await server.SignInAsync("sam-screener");
        await page.GotoAsync(server.BaseUrl + "/console/check");
        await page.FillAsync("#date", "2017-03-01");
        await page.SelectOptionAsync("#direction", "from_dprk");
        await page.FillAsync("#hs", "coal");
        await Expect(page.Locator("#hs-options option[value='2701']")).ToHaveCountAsync(1);
        await page.FillAsync("#hs", "2701");
        await page.FillAsync("#description", "anthracite coal");
        await page.FillAsync("#quantity", "30000");
        await page.FillAsync("#origin", "KP");
        await page.SelectOptionAsync("#purpose", "livelihood");
        await page.FillAsync("#compare_date", "2017-09-01");
        await page.ClickAsync("#check");
        var answers = page.Locator("section.answer");
        await Expect(answers).ToHaveCountAsync(2);
        await Expect(answers.Nth(0).Locator(".decision")).ToHaveTextAsync("cap applies");
        await Expect(answers.Nth(0)).ToContainTextAsync("EX-2321-26c-COAL-LIVELIHOOD");
        await Expect(answers.Nth(1).Locator(".decision")).ToHaveTextAsync("prohibited");
        await Expect(answers.Nth(1)).ToContainTextAsync("2371");
        await ConsoleServer.ScreenshotAsync(page, "check", fullPage: true);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Check_PartyHits_SayWhetherTheyDesignate()
    {
        var page = await server.SignInAsync("sam-screener");
        foreach (var (party, decision, verdict) in new[]
        {
            ("FIRST OIL JV CO LTD", "prohibited", "designated"), // the listed name: decisive
            ("Kim Chol", "permitted", "for review: not decisive"), // KIM YONG CHOL and others at 0.85: an alert, not a designation
        })
        {
            await page.GotoAsync(server.BaseUrl + "/console/check");
            await page.FillAsync("#date", "2018-05-01");
            await page.SelectOptionAsync("#direction", "to_dprk");
            await page.FillAsync("#hs", "1006.30");
            await page.FillAsync("#description", "milled rice");
            await page.FillAsync("#party", party);
            await page.ClickAsync("#check");
            var answer = page.Locator("section.answer");
            await Expect(answer.Locator(".decision")).ToHaveTextAsync(decision);
            await Expect(answer.Locator("li", new() { HasText = party }).First).ToContainTextAsync(verdict);
        }
        await page.Context.CloseAsync();
    }

    [BrowserFact, Step(6)]
    public async Task Regime_Timeline_DrawsEveryMeasureAndAProposal()
    {
        var page = await server.SignInAsync("sam-screener");
        await page.GotoAsync(server.BaseUrl + "/console/regime?proposal=P-2019-RU-CN&as_of=2019-12-16");
        await Expect(page.Locator("#timeline a.measure")).ToHaveCountAsync(Interdict.Rules.Model.Rulebook.LoadEmbedded().Measures.Length);
        await Expect(page.Locator("#timeline g.resolution").First).ToBeAttachedAsync();
        await Expect(page.Locator("tr.scenario-entry").First).ToBeVisibleAsync();
        await ConsoleServer.ScreenshotAsync(page, "regime", fullPage: true);
        await page.Context.CloseAsync();
    }

    [BrowserFact, Step(2)]
    public async Task Lists_Upload2026Over2018_ShowsDiffAndRaisedAlert()
    {
        var page = await server.SignInAsync("ada-admin");
        await page.GotoAsync(server.BaseUrl + "/console/lists");
        await Expect(page.Locator("tr.version")).ToHaveCountAsync(1);
        await page.SetInputFilesAsync("#file", RepositoryPaths.UnList2026);
        await page.ClickAsync("#upload");
        await Expect(page.Locator("#import-summary")).ToContainTextAsync("111 added, 201 removed, 652 changed", new() { Timeout = 60_000 });
        await Expect(page.Locator("#diff-counts")).ToContainTextAsync("111 added");
        await Expect(page.Locator("tr.raised")).ToContainTextAsync(["C-1004"]);
        await ConsoleServer.ScreenshotAsync(page, "lists");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Lists_UploadOfAnEmptyList_IsRefusedAndTheShrinkCanBeConfirmed()
    {
        var page = await server.SignInAsync("ada-admin");
        await page.GotoAsync(server.BaseUrl + "/console/lists");
        var versions = await page.Locator("tr.version").CountAsync();
        // Refused whatever the box says: a list without entries is never plausible (a shrink could be confirmed).
        await page.CheckAsync("#allow-shrink");
        await page.SetInputFilesAsync("#file", new Microsoft.Playwright.FilePayload
        {
            Name = "empty.xml", MimeType = "application/xml", Buffer = "<CONSOLIDATED_LIST dateGenerated=\"2026-06-01T00:00:00Z\"/>"u8.ToArray(),
        });
        await page.ClickAsync("#upload");
        await Expect(page.Locator("p.error")).ToContainTextAsync("no entries");
        await Expect(page.Locator("tr.version")).ToHaveCountAsync(versions);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Screen_NarrowWindow_FormAndResultsStillUsable()
    {
        var page = await server.SignInAsync("sam-screener", 420, 800);
        await page.GotoAsync(server.BaseUrl + "/console?name=Kim+Chol+Sam");
        await Expect(page.Locator("tr.hit").First).ToContainTextAsync("KPi.035");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(".skip")).ToBeFocusedAsync();
        await ConsoleServer.ScreenshotAsync(page, "screen-narrow");
        await page.Context.CloseAsync();
    }

    /// <summary>The screen page's time for one name, over the session cookie from the browser: 50 warm-up requests,
    /// then 300 timed ones, sequential, on loopback. The server's own time is its Server-Timing header (request in to
    /// first byte out, the page complete); the wall time per request includes the client and bounds it from above.
    /// A measurement, not a timed assertion: the figures go to the test output and docs/performance.md records them
    /// against the 100 ms budget with the machine they were taken on (a shared machine's load is not the page's speed).</summary>
    [BrowserFact]
    public async Task Screen_SingleName_MeasuresServerTime()
    {
        var page = await server.SignInAsync("sam-screener");
        var cookies = await page.Context.CookiesAsync();
        using var handler = new HttpClientHandler { UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(server.BaseUrl) };
        client.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}")));
        var url = "/console?name=" + Uri.EscapeDataString("Ri Won-ho");
        for (var i = 0; i < 50; i++) (await client.GetAsync(url)).EnsureSuccessStatusCode();
        var wall = new double[300];
        var serverTimes = new double[wall.Length];
        var bytes = 0;
        for (var i = 0; i < wall.Length; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            wall[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("KPi.033", body, StringComparison.Ordinal);
            var timing = Assert.Single(response.Headers.GetValues("Server-Timing"));
            serverTimes[i] = double.Parse(timing["app;dur=".Length..], CultureInfo.InvariantCulture);
            bytes = body.Length;
        }
        static string Summary(double[] times)
        {
            Array.Sort(times);
            double P(double q) => times[(int)Math.Ceiling(q * times.Length) - 1];
            return string.Create(CultureInfo.InvariantCulture, $"p50 {P(0.5):0.0} ms, p95 {P(0.95):0.0} ms, p99 {P(0.99):0.0} ms, max {times[^1]:0.0} ms");
        }
        output.WriteLine($"screen page, one name, {wall.Length} requests, {bytes} characters: server {Summary(serverTimes)}; wall {Summary(wall)}");
        await page.Context.CloseAsync();
    }
}
