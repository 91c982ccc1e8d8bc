using System.Globalization;
using System.Text.RegularExpressions;
using Interdict.Core.Alerts;
using Interdict.Core.Audit;
using Interdict.Storage;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Interdict.Console.Tests;

/// <summary>The console as an analyst would have it (issue 16): the timeline read without hovering, sentences instead
/// of rule syntax, the screen page's threshold and listed details, the queue's names, orders and decisions on several
/// alerts, and the lists diff paged and filtered.</summary>
public sealed partial class ConsoleTests
{
    [GeneratedRegex(@"\[\d{4}-\d\d-\d\d, |, open\)|\bwhen [a-z]+_[a-z_]+ is\b|\bis (true|false)\b|does not hold|(?<!\()\bS\d\d\b|\bS\d\d\b(?!\))")]
    private static partial Regex RuleSyntax();

    /// <summary>Every code a page could show raw: the enum values of the engine's assemblies as the code spells them
    /// (two words or more: <c>TrueMatch</c>; one word reads as a word) and as the API writes them
    /// (<c>true_match</c>), the label table's codes and the facts vocabulary's facts, paths and values.</summary>
    static HashSet<string> RawCodes()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assembly in new[] { typeof(Alert).Assembly, typeof(Interdict.Rules.Model.Rulebook).Assembly, typeof(Interdict.Matching.Screening.ScreeningOptions).Assembly, typeof(Interdict.Hosting.Alerts.AlertService).Assembly })
        {
            foreach (var type in assembly.GetTypes().Where(t => t.IsEnum))
            {
                foreach (var value in Enum.GetValues(type).Cast<Enum>())
                {
                    var name = value.ToString();
                    if (name.Count(char.IsUpper) >= 2) codes.Add(name);
                    var code = Interdict.Server.Console.Labels.Code(value);
                    if (code.Contains('_', StringComparison.Ordinal)) codes.Add(code);
                }
            }
        }
        codes.UnionWith(Interdict.Server.Console.Labels.Codes.Where(c => c.Contains('_', StringComparison.Ordinal)));
        var vocabulary = Interdict.Rules.Loading.FactsVocabulary.Facts.Concat(Interdict.Rules.Loading.FactsVocabulary.Paths)
            .Concat(Interdict.Rules.Loading.FactsVocabulary.Enums.Values.SelectMany(v => v));
        codes.UnionWith(vocabulary.Where(c => c.Contains('_', StringComparison.Ordinal) || c.Contains('.', StringComparison.Ordinal)));
        return codes;
    }

    [BrowserFact]
    public async Task Regime_Timeline_LabelsEveryBarAndShowsTheSelectedMeasureUnderIt()
    {
        var measures = Interdict.Rules.Model.Rulebook.LoadEmbedded().Measures;
        var page = await server.SignInAsync("sam-screener");
        await page.GotoAsync(server.BaseUrl + "/console/regime?measure=M-2321-26#timeline-frame"); // as a bar's link leads
        // Every bar has its label in the drawing, with its paragraph: read without hovering.
        var labels = await page.Locator("#timeline text.lane").AllTextContentsAsync();
        Assert.Equal(measures.Length, labels.Count);
        Assert.Contains(labels, l => l.StartsWith("2321 op26 · Coal, iron and iron ore", StringComparison.Ordinal));
        Assert.All(labels, l => Assert.InRange(l.Length, 8, 50));
        Assert.DoesNotContain(labels, l => l.Contains('_', StringComparison.Ordinal));
        // The selected measure is highlighted, and its detail is right under the chart.
        await Expect(page.Locator("#timeline a.measure.selected")).ToHaveCountAsync(1);
        await Expect(page.Locator("#timeline a.measure.selected")).ToHaveAttributeAsync("data-measure", "M-2321-26");
        var chart = await page.Locator("#timeline-frame").BoundingBoxAsync();
        var detail = await page.Locator("#measure").BoundingBoxAsync();
        Assert.InRange(detail!.Y - (chart!.Y + chart.Height), 0, 40);
        await Expect(page.Locator("#measure-title")).ToContainTextAsync("2321 op26");
        // The frame scrolls to the selected lane: it is in the frame's view, and so is the detail under the frame.
        var lane = await page.Locator("#timeline a.measure.selected text.lane").BoundingBoxAsync();
        Assert.InRange(lane!.Y, chart.Y, chart.Y + chart.Height - lane.Height);
        var text = await page.Locator("#measure").InnerTextAsync();
        output.WriteLine(text);
        Assert.Contains("In force from 2016-11-30 to 2017-08-04", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(RuleSyntax(), text);
        await ConsoleServer.ScreenshotAsync(page, "regime-measure");
        // A bar's link keeps the scenario and lands on the detail.
        await page.GotoAsync(server.BaseUrl + "/console/regime?proposal=P-2019-RU-CN&as_of=2019-12-16");
        await page.Locator("#timeline a.measure[data-measure='M-2371-8'] text.lane").ClickAsync(); // the label is the link too
        await Expect(page).ToHaveURLAsync(new Regex("measure=M-2371-8&proposal=P-2019-RU-CN.*#timeline-frame$"));
        await Expect(page.Locator("#timeline a.measure.selected")).ToHaveAttributeAsync("data-measure", "M-2371-8");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Regime_Timeline_At390Pixels_ScrollsToToday()
    {
        var page = await server.SignInAsync("sam-screener", 390, 800);
        await page.GotoAsync(server.BaseUrl + "/console/regime");
        var frame = page.Locator("#timeline-frame");
        await frame.EvaluateAsync("f => f.scrollLeft = f.scrollWidth");
        var thisYear = page.Locator("#timeline text.year").Last;
        await Expect(thisYear).ToHaveTextAsync(DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture));
        var box = await thisYear.BoundingBoxAsync();
        Assert.InRange(box!.X + box.Width, 0, 390);
        await frame.EvaluateAsync("f => f.scrollLeft = 0");
        var first = await page.Locator("#timeline text.year").First.BoundingBoxAsync();
        Assert.InRange(first!.X, 0, 390);
        await Expect(page.Locator("#timeline text.year").First).ToHaveTextAsync("2006");
        await page.Context.CloseAsync();
    }

    /// <summary>A check's explanation and a measure's detail read as sentences: no validity intervals, no conditions in
    /// the rulebook's notation, no "does not hold" after a negation, sources named.</summary>
    [BrowserFact]
    public async Task PlainLanguage_ExplanationAndMeasureDetail_ReadAsSentences()
    {
        var page = await server.SignInAsync("sam-screener");
        await page.GotoAsync(server.BaseUrl + "/console/check");
        await page.FillAsync("#date", "2017-03-01");
        await page.SelectOptionAsync("#direction", "from_dprk");
        await page.FillAsync("#hs", "2701");
        await page.FillAsync("#description", "anthracite coal");
        await page.FillAsync("#quantity", "30000");
        await page.FillAsync("#origin", "KP");
        await page.SelectOptionAsync("#purpose", "livelihood");
        await page.FillAsync("#compare_date", "2018-03-01");
        await page.ClickAsync("#check");
        var sentences = await page.Locator("section.answer .explanation p").AllInnerTextsAsync();
        foreach (var sentence in sentences) output.WriteLine(sentence);
        Assert.NotEmpty(sentences);
        Assert.All(sentences, s => Assert.DoesNotMatch(RuleSyntax(), s));
        Assert.All(sentences, s => Assert.Matches("^[A-Z‘“(]", s));
        Assert.Contains(sentences, s => s.StartsWith("Cap applies on 2017-03-01", StringComparison.Ordinal));

        foreach (var measure in new[] { "M-2371-8", "M-2321-26", "M-2375-17" })
        {
            await page.GotoAsync($"{server.BaseUrl}/console/regime?measure={measure}&proposal=P-2019-RU-CN&as_of=2019-12-16");
            var detail = await page.Locator("#measure").InnerTextAsync();
            output.WriteLine(detail);
            Assert.DoesNotMatch(RuleSyntax(), detail);
            var scenario = await page.Locator("tr.scenario-entry").AllInnerTextsAsync();
            Assert.All(scenario, row => Assert.DoesNotMatch(RuleSyntax(), row));
            if (measure == "M-2321-26") Assert.Contains("EU Council decision text transposing the 2321 coal cap", detail, StringComparison.Ordinal); // S06 by name
        }
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Screen_Threshold_NarrowsTheHits_AndEachHitShowsTheListedDetails()
    {
        var page = await server.SignInAsync("sam-screener");
        await page.GotoAsync(server.BaseUrl + "/console?name=Kim+Chol");
        var loose = await page.Locator("tr.hit").CountAsync();
        await Expect(page.Locator("#threshold")).ToHaveValueAsync("0.80");
        await page.FillAsync("#threshold", "0.95");
        await page.ClickAsync("#screen");
        await Expect(page).ToHaveURLAsync(new Regex("threshold=0.95"));
        var strict = await page.Locator("tr.hit").CountAsync();
        Assert.True(strict < loose, $"threshold 0.95 gave {strict} hits, 0.80 gave {loose}");
        await Expect(page.Locator("#results + p")).ToContainTextAsync("threshold 0.95");

        await page.GotoAsync(server.BaseUrl + "/console?name=Ri+Won-ho&dob=1964-07-17");
        var listed = page.Locator("tr.hit").First.Locator("td.listed");
        await Expect(listed).ToContainTextAsync("Born 1964-07-17");
        await Expect(listed).ToContainTextAsync("Nationality");
        await Expect(listed).ToContainTextAsync("Regime DPRK");
        await Expect(listed).ToContainTextAsync(new Regex(@"List version 20\d\d-\d\d-\d\d"));

        await page.GotoAsync(server.BaseUrl + "/console?name=Kim&threshold=2");
        await Expect(page.Locator("p.error")).ToContainTextAsync("threshold '2' is not a score from 0 to 1");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Check_PartyHit_LinksToItsEntry()
    {
        var page = await server.SignInAsync("sam-screener");
        await page.GotoAsync(server.BaseUrl + "/console/check");
        await page.FillAsync("#date", "2018-05-01");
        await page.SelectOptionAsync("#direction", "to_dprk");
        await page.FillAsync("#hs", "1006.30");
        await page.FillAsync("#description", "milled rice");
        await page.FillAsync("#party", "FIRST OIL JV CO LTD");
        await page.ClickAsync("#check");
        var link = page.Locator("li.party-hit a").First;
        await Expect(link).ToHaveAttributeAsync("href", new Regex("^/console/entities/un/KPe\\.\\d+\\?version="));
        await link.ClickAsync();
        await Expect(page.Locator("#entity-name")).ToContainTextAsync("FIRST OIL JV", new() { IgnoreCase = true });
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Alerts_Queue_ShowsNamesAndSortsByScoreAgeAndState()
    {
        var page = await server.SignInAsync("ann-analyst");
        await page.GotoAsync(server.BaseUrl + "/console/alerts?sort=score");
        await Expect(page.Locator("tr.alert-row td.customer").First).ToBeVisibleAsync();
        var customers = await page.Locator("tr.alert-row td.customer").AllInnerTextsAsync();
        Assert.Contains(customers, c => c == "C-1002 Kim Chol Sam");
        var scores = (await page.Locator("tr.alert-row td.score").AllInnerTextsAsync()).Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.True(scores.Distinct().Count() > 1, "the queue needs alerts of different scores to show an order");

        await page.SelectOptionAsync("#sort", "oldest");
        await page.ClickAsync("text=Filter");
        var raised = await page.Locator("tr.alert-row td:nth-child(7)").AllInnerTextsAsync();
        Assert.Equal(raised.Order(StringComparer.Ordinal), raised);

        await page.GotoAsync(server.BaseUrl + "/console/alerts?sort=state");
        var states = await page.Locator("tr.alert-row td:nth-child(3) span[title]").EvaluateAllAsync<string[]>("els => els.map(e => e.title)");
        var order = states.Select(s => Enum.GetValues<AlertState>().Single(v => Interdict.Server.Console.Labels.Code(v) == s)).ToList();
        Assert.Equal(order.Order(), order);
        await page.Context.CloseAsync();
    }

    /// <summary>Several alerts of one customer, one decision and one reason: each alert is proposed, confirmed by a
    /// second person and audited on its own; alerts of two customers are refused together.</summary>
    [BrowserFact]
    public async Task Alerts_SeveralOfOneCustomer_OneProposalThenEachConfirmedAndAudited()
    {
        var store = server.Services.GetRequiredService<IAlertStore>();
        var open = (await store.QueryAsync(new AlertQuery { State = AlertState.Open, Limit = AlertQuery.MaxLimit }, CancellationToken.None)).Items;
        var group = open.Where(a => a.CustomerId != "C-1002").GroupBy(a => a.CustomerId).FirstOrDefault(g => g.Count() >= 2);
        Assert.True(group is not null, "the fixture needs a customer with two open alerts: " + string.Join(", ", open.Select(a => $"{a.CustomerId} #{a.Id}")));
        var ids = group.Take(2).Select(a => a.Id).Order().ToArray();
        var other = open.First(a => a.CustomerId != group.Key);

        var ann = await server.SignInAsync("ann-analyst");
        await ann.GotoAsync(server.BaseUrl + "/console/alerts?state=open&sort=oldest");
        await ann.CheckAsync($"input[name=ids][value='{ids[0]}']");
        await ann.CheckAsync($"input[name=ids][value='{other.Id}']");
        await ann.CheckAsync("input[name=bulk_outcome][value=false_positive]");
        await ann.FillAsync("#bulk-reason", "Different dates of birth");
        await ann.ClickAsync("#bulk-propose");
        await Expect(ann.Locator("#bulk-results")).ToContainTextAsync("several customers");
        Assert.Equal(AlertState.Open, (await store.FindAsync(ids[0], CancellationToken.None))!.State);

        foreach (var id in ids) await ann.CheckAsync($"input[name=ids][value='{id}']");
        await ann.FillAsync("#bulk-reason", "Different dates of birth on the passport");
        await ann.ClickAsync("#bulk-propose");
        await Expect(ann.Locator("#bulk-results")).ToContainTextAsync("Choose true match or false positive");
        foreach (var id in ids) await ann.CheckAsync($"input[name=ids][value='{id}']");
        await ann.CheckAsync("input[name=bulk_outcome][value=false_positive]");
        await ann.FillAsync("#bulk-reason", "Different dates of birth on the passport");
        await ann.ClickAsync("#bulk-propose");
        await Expect(ann.Locator("li.bulk-result")).ToHaveTextAsync(ids.Select(id => $"#{id}: proposed").ToArray());
        await ann.Context.CloseAsync();

        var park = await server.SignInAsync("park-supervisor");
        await park.GotoAsync(server.BaseUrl + "/console/alerts?state=proposed");
        foreach (var id in ids) await park.CheckAsync($"input[name=ids][value='{id}']");
        await park.FillAsync("#bulk-reason", "Passport copies checked");
        await ConsoleServer.ScreenshotAsync(park, "alerts-decided");
        await park.ClickAsync("#bulk-confirm");
        await Expect(park.Locator("li.bulk-result")).ToHaveTextAsync(ids.Select(id => $"#{id}: confirmed false positive").ToArray());
        await park.Context.CloseAsync();

        var audit = server.Services.GetRequiredService<IAuditLog>();
        foreach (var id in ids)
        {
            Assert.Equal(AlertState.ConfirmedFalsePositive, (await store.FindAsync(id, CancellationToken.None))!.State);
            var records = (await audit.QueryAsync(new AuditQuery { Subject = id.ToString(CultureInfo.InvariantCulture) }, CancellationToken.None)).Items;
            Assert.Single(records, r => r.Action == AuditActions.AlertPropose && r.Actor == "ann-analyst");
            Assert.Single(records, r => r.Action == AuditActions.AlertConfirm && r.Actor == "park-supervisor");
        }
    }

    /// <summary>After the 2026 import (step 2): the version in force is marked, and the diff is paged, filtered by
    /// change, regime and text, with old → new values and links to both versions of a changed entry.</summary>
    [BrowserFact, Step(3)]
    public async Task Lists_Diff_PagedFilteredWithOldAndNewValues()
    {
        var page = await server.SignInAsync("sam-screener");
        await page.GotoAsync(server.BaseUrl + "/console/lists");
        await Expect(page.Locator("tr.version.in-force")).ToHaveCountAsync(1);
        await Expect(page.Locator("tr.version.in-force")).ToContainTextAsync("2026-02-27");
        await page.ClickAsync("tr.version.in-force a");
        await Expect(page.Locator("#diff-counts")).ToContainTextAsync("652 changed");
        await Expect(page.Locator("tr.diff-row")).ToHaveCountAsync(50);
        await Expect(page.Locator("#diff-showing")).ToContainTextAsync("964 entries, showing 1–50");
        await page.ClickAsync("#diff-next");
        await Expect(page.Locator("#diff-showing")).ToContainTextAsync("showing 51–100");

        await page.SelectOptionAsync("#diff-change", "changed");
        await page.ClickAsync("#diff-filter");
        await Expect(page.Locator("#diff-showing")).ToContainTextAsync("652 entries");
        Assert.All(await page.Locator("tr.diff-row td:first-child").AllInnerTextsAsync(), c => Assert.Equal("changed", c));
        var first = page.Locator("tr.diff-row").First;
        await Expect(first.Locator(".field-change").First).ToContainTextAsync("→");
        await Expect(first.Locator("a.before")).ToHaveAttributeAsync("href", new Regex(@"\?version=2018-10-29"));
        await Expect(first.Locator("a.after")).ToHaveAttributeAsync("href", new Regex(@"\?version=2026-02-27"));
        await ConsoleServer.ScreenshotAsync(page, "lists-diff", fullPage: false);

        var reference = (await first.Locator("td:nth-child(2)").InnerTextAsync()).Split(' ')[0];
        await page.FillAsync("#diff-text", reference);
        await page.ClickAsync("#diff-filter");
        await Expect(page.Locator("tr.diff-row")).ToHaveCountAsync(1);
        await page.Locator("tr.diff-row a.before").ClickAsync();
        await Expect(page.Locator("p.muted").First).ToContainTextAsync(reference);

        await page.GotoAsync(server.BaseUrl + "/console/lists?source=un&change=removed&regime=nope");
        await Expect(page.Locator("#diff-showing")).ToContainTextAsync("0 entries");
        await page.Context.CloseAsync();
    }
}
