using System.Collections.Immutable;
using Interdict.Core.Access;
using Interdict.Core.Customers;
using Interdict.Core.Lists;
using Interdict.Hosting.Access;
using Interdict.Hosting.Customers;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Interdict.Console.Tests;

/// <summary>An alert raised through a customer's owners shows the chain and the customer's owners.</summary>
public sealed partial class ConsoleTests
{
    [BrowserFact, Step(9)]
    public async Task Alert_ThroughAnOwner_ShowsTheChainAndTheOwners()
    {
        var customers = server.Services.GetRequiredService<CustomerService>();
        var change = await customers.UpsertAsync(new Customer("C-2001", "Quiet Harbour Trading", PartyKind.Organization)
        {
            Owners = ImmutableArray.Create(new Owner("Korea Mining Development Trading Corporation", 60), new Owner("Anna Schmidt")),
        }, new Actor("onboarding", Role.Analyst), CancellationToken.None);
        var alert = Assert.Single(change.Raised);

        var page = await server.SignInAsync("ann-analyst");
        await page.GotoAsync($"{server.BaseUrl}/console/alerts/{alert.Id}");
        await Expect(page.Locator("#ownership-chain")).ToContainTextAsync("Owned by a listed party: owned 60 % by KOREA MINING DEVELOPMENT TRADING CORPORATION (listed)");
        await Expect(page.Locator("ul.owners li").First).ToContainTextAsync("Korea Mining Development Trading Corporation (60 %)");
        await Expect(page.Locator("ul.owners li").Nth(1)).ToContainTextAsync("Anna Schmidt (control)");
        await ConsoleServer.ScreenshotAsync(page, "alert-ownership", fullPage: true);
        await page.Context.CloseAsync();
    }
}
