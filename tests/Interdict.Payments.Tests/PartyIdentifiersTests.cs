using Interdict.Core.Lists;
using Interdict.Payments.Screening;

namespace Interdict.Payments.Tests;

/// <summary>What a payment's party is known by reaches the rule evaluator: its BIC (as the lists' BIC8) and its
/// organisation or private ids; accounts and birth data do not (they identify no listing).</summary>
public sealed class PartyIdentifiersTests
{
    [Fact]
    public void IdentifiersOf_BicOtherIdsAndAccounts_BicAndRegistrationOnly()
    {
        var place = new Place("/Document/x", 1);
        var party = new PaymentParty
        {
            Role = PaymentRole.CreditorAgent,
            Place = place,
            Bic = new Located("KKBCKPPYXXX", place),
            Identifiers =
            [
                new PartyIdentifier(PartyIdentifierKind.Other, "REG-77", "TXID", place),
                new PartyIdentifier(PartyIdentifierKind.Bic, "KKBCKPPY", null, place),
                new PartyIdentifier(PartyIdentifierKind.Account, "123456", null, place),
                new PartyIdentifier(PartyIdentifierKind.DateOfBirth, "1960-01-01", null, place),
            ],
        };
        Assert.Equal([new Identifier(IdentifierKind.SwiftBic, "KKBCKPPY"), new Identifier(IdentifierKind.Registration, "REG-77")],
            PaymentChecks.IdentifiersOf(party).ToArray());
    }

    [Fact]
    public void IdentifiersOf_AnAgentKnownOnlyByItsBic_CarriesIt() =>
        Assert.Equal([new Identifier(IdentifierKind.SwiftBic, "ILSIKPPY")], PaymentChecks.IdentifiersOf(new PaymentParty
        {
            Role = PaymentRole.IntermediaryAgent,
            Place = new Place(":56A:", 3),
            Bic = new Located("ILSIKPPY", new Place(":56A: line 1", 3)),
        }).ToArray());
}
