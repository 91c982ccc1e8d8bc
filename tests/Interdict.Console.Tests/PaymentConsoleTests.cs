using Interdict.Core.Access;
using Interdict.Hosting.Access;
using Interdict.Hosting.Payments;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Interdict.Console.Tests;

/// <summary>A held payment in the console, end to end in a real Chromium against the real server: the message's fields
/// with the hit fields marked and linked to their list entries, the legal basis in words, release or reject under four
/// eyes, and the page on a 390 px phone.</summary>
[TestCaseOrderer(StepOrderer.Name, StepOrderer.Assembly)]
public sealed class PaymentConsoleTests(ConsoleServer server, ITestOutputHelper output) : IClassFixture<ConsoleServer>
{
    const string CreditorName = "/Document/FIToFICstmrCdtTrf/CdtTrfTxInf[1]/Cdtr/Nm";

    /// <summary>Screens the held scenario (a pacs.008 to the listed Korea Kwangson Banking Corp) under a message id of
    /// its own, as POST /v1/payments/screen does, and returns its payment alert's id.</summary>
    async Task<long> HeldPaymentAsync()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "payments-scenarios", "01-hold-creditor-kkbc.xml"))
            .Replace("pacs8bizmsgidr01", $"CON{Guid.NewGuid():N}"[..30], StringComparison.Ordinal);
        var screened = server.Services.GetRequiredService<PaymentService>().Screen(text, "01-hold-creditor-kkbc.xml");
        Assert.Equal("hold", screened[0].Outcome);
        var raised = await server.Services.GetRequiredService<PaymentAlertService>().RaiseAsync(screened, new Actor("payments-gateway", Role.Screener), CancellationToken.None);
        return raised[0]!.Id;
    }

    [BrowserFact, Step(1)]
    public async Task HeldPayment_ShowsFieldsWithHitsMarked_EntryLinks_AndTheBasisInWords()
    {
        var id = await HeldPaymentAsync();
        var page = await server.SignInAsync("ann-analyst");
        await page.GotoAsync(server.BaseUrl + "/console/payments/alerts?state=open&outcome=hold");
        await page.Locator($"tr.payment-row a[href='/console/payments/alerts/{id}']").ClickAsync();

        await Expect(page.Locator("#alert-state")).ToHaveTextAsync("open");
        await Expect(page.Locator("#outcome")).ToHaveTextAsync("held");
        // The creditor's name is marked where it stands in the message, and linked to the list entry it hit.
        var creditor = page.Locator("section.party[aria-label='creditor']");
        await Expect(creditor.Locator($"mark.hit[data-path='{CreditorName}']")).ToContainTextAsync("KWANGSON", new() { IgnoreCase = true });
        await Expect(creditor.Locator("a.hit-ref[href='/console/entities/un/KPe.025']")).ToBeVisibleAsync();
        // A field that did not hit is shown unmarked: the debtor's name.
        await Expect(page.Locator("section.party[aria-label='debtor'] mark.hit[data-path$='/Dbtr/Nm']")).ToHaveCountAsync(0);
        await Expect(page.Locator("section.party[aria-label='debtor'] dd").First).Not.ToBeEmptyAsync();
        // Every hit in the table, the listed ones linked.
        await Expect(page.Locator("tr.hit-row", new() { HasText = CreditorName }).Locator("a.entry-link")).ToHaveTextAsync("un KPe.025");
        // The basis in words: the resolution with its year, the paragraph, the measure's summary.
        var basis = page.Locator("li.basis").First;
        await Expect(basis).ToContainTextAsync("Resolution 1718 (2006), operative paragraph 8(d)");
        await Expect(basis.Locator("a[href='/console/regime?measure=M-1718-8d']")).ToBeVisibleAsync();
        await Expect(basis).ToContainTextAsync("Funds, financial assets and economic resources of designated persons");
        // Amounts and codes are shown as fields of the message.
        await Expect(page.Locator("section[aria-labelledby='amounts'] dd").First).ToContainTextAsync("SGD");
        // An analyst proposes; the review form is a supervisor's.
        await Expect(page.Locator("#propose")).ToBeVisibleAsync();
        await Expect(page.Locator("#confirm")).ToHaveCountAsync(0);
        await ConsoleServer.ScreenshotAsync(page, "payment-alert", fullPage: true);

        await page.Locator("a.hit-ref[href='/console/entities/un/KPe.025']").First.ClickAsync();
        await Expect(page.Locator("#entity-name")).ToContainTextAsync("KWANGSON", new() { IgnoreCase = true });
        await page.Context.CloseAsync();
    }

    [BrowserFact, Step(2)]
    public async Task Decision_NeedsAChoiceAndAReason_ProposerCannotConfirm_AnotherSupervisorRejectsThePayment()
    {
        var id = await HeldPaymentAsync();
        var lee = await server.SignInAsync("lee-supervisor");
        await lee.GotoAsync($"{server.BaseUrl}/console/payments/alerts/{id}");
        // Nothing is chosen in advance, and the server refuses a form without a decision or a reason (the browser's own
        // check switched off to reach it), saying what is missing.
        await Expect(lee.Locator("input[name='Proposal.Decision']:checked")).ToHaveCountAsync(0);
        await lee.EvalOnSelectorAsync("form:has(#propose)", "form => form.noValidate = true");
        await lee.ClickAsync("#propose");
        await Expect(lee.Locator("#decision-message")).ToContainTextAsync("Choose release or reject");
        await lee.EvalOnSelectorAsync("form:has(#propose)", "form => form.noValidate = true");
        await lee.CheckAsync("input[value=reject]");
        await lee.ClickAsync("#propose");
        await Expect(lee.Locator("#decision-message")).ToContainTextAsync("A reason is required");
        await Expect(lee.Locator("#alert-state")).ToHaveTextAsync("open");

        await lee.CheckAsync("input[value=reject]");
        await lee.FillAsync("#propose-reason", "The creditor is the listed Korea Kwangson Banking Corp");
        await lee.ClickAsync("#propose");
        await Expect(lee.Locator("#alert-state")).ToHaveTextAsync("proposed");
        await Expect(lee.Locator("#confirm-summary")).ToContainTextAsync("reject the payment");
        // The proposer's own confirmation is refused: four eyes.
        await lee.FillAsync("#review-reason", "Agreed with myself");
        await lee.ClickAsync("#confirm");
        await Expect(lee.Locator("#decision-message")).ToContainTextAsync("four-eyes");
        await Expect(lee.Locator("#alert-state")).ToHaveTextAsync("proposed");
        await lee.Context.CloseAsync();

        var park = await server.SignInAsync("park-supervisor");
        await park.GotoAsync($"{server.BaseUrl}/console/payments/alerts/{id}");
        await park.FillAsync("#review-reason", "Agreed: 1718 op8(d) freezes its funds");
        await park.ClickAsync("#confirm");
        await Expect(park.Locator("#alert-state")).ToHaveTextAsync("rejected");
        await Expect(park.Locator("#review")).ToContainTextAsync("Confirmed by park-supervisor");
        await Expect(park.Locator("tr.event")).ToHaveCountAsync(3);
        // Supervisors see the audit records of every step.
        await Expect(park.Locator("tr.audit", new() { HasText = "payment_alert.confirm" })).ToHaveCountAsync(1);
        await Expect(park.Locator("tr.audit", new() { HasText = "payment_alert.propose" })).ToHaveCountAsync(1);
        await Expect(park.Locator("#propose")).ToHaveCountAsync(0);
        await park.Context.CloseAsync();
    }

    [BrowserFact, Step(3)]
    public async Task PaymentPages_At390Pixels_HaveNoSidewaysScroll()
    {
        var id = await HeldPaymentAsync();
        var page = await server.SignInAsync("park-supervisor", 390, 800);
        var failures = new List<string>();
        foreach (var (name, path) in new[] { ("payments", "/console/payments/alerts"), ("payment", $"/console/payments/alerts/{id}") })
        {
            await page.GotoAsync(server.BaseUrl + path);
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            var header = await page.EvaluateAsync<double>("document.querySelector('header.top').getBoundingClientRect().width");
            output.WriteLine($"{name}: scrollWidth {width}, header {header}");
            if (width > 390) failures.Add($"{name} is {width} px wide");
            if (header < 390) failures.Add($"{name}'s header is {header} px wide");
        }
        await ConsoleServer.ScreenshotAsync(page, "payment-alert-narrow");
        Assert.True(failures.Count == 0, string.Join("; ", failures));
        await page.Context.CloseAsync();
    }
}
