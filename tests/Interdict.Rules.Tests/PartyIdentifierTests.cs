using Interdict.Core.Lists;
using Interdict.Rules.Checks;
using Interdict.Rules.Evaluation;
using Interdict.Rules.Tests.Support;

namespace Interdict.Rules.Tests;

/// <summary>A check's party may be known by identifiers (a bank by its BIC alone): they are read, and screened with the
/// name against the lists' identifiers.</summary>
public sealed class PartyIdentifierTests
{
    private static string Payment(string party) =>
        """{"id":"F","date":"2020-01-15","activity":"financial","action":"payment","direction":"none","parties":[""" + party + """],"facts":{}}""";

    [Fact]
    public void TryRead_BicAndIdentifiers_ReadAsIdentifiers()
    {
        var check = Engine.Read(Payment("""
            {"role":"bank","type":"bank","bic":"ilsikppyxxx","identifiers":[{"kind":"registration","value":" 1234-56 "},{"kind":"swift_bic","value":"KKBCKPPY"}]}
            """));
        var party = Assert.Single(check.Parties);
        Assert.Equal("", party.Name);
        Assert.Equal([new Identifier(IdentifierKind.SwiftBic, "ILSIKPPY"), new Identifier(IdentifierKind.Registration, "1234-56"),
            new Identifier(IdentifierKind.SwiftBic, "KKBCKPPY")], party.Identifiers.ToArray());
    }

    [Theory]
    [InlineData("""{"role":"bank","bic":"ILSI"}""", "parties[0].bic 'ILSI' is not a BIC of 8 or 11 letters and digits")]
    [InlineData("""{"role":"bank","identifiers":{"kind":"imo"}}""", "parties[0].identifiers must be a list")]
    [InlineData("""{"role":"bank","identifiers":[{"kind":"passport","value":"X1"}]}""", "parties[0].identifiers[0].kind 'passport'")]
    [InlineData("""{"role":"bank","identifiers":[{"kind":"imo"}]}""", "parties[0].identifiers[0].value is required")]
    [InlineData("""{"role":"bank","identifiers":[{"kind":"swift_bic","value":"KKBC-KP"}]}""", "parties[0].identifiers[0].value 'KKBC-KP' is not a BIC")]
    public void TryRead_BadIdentifier_NamesThePlace(string party, string message)
    {
        Assert.False(CheckReader.TryRead(Payment(party), out _, out var error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void ABankKnownOnlyByItsListedBic_IsDesignated_AndThePaymentProhibited()
    {
        var answer = Engine.WithBundledList.Value.Evaluate(Engine.Read(Payment("""{"role":"bank","type":"bank","bic":"ILSIKPPYXXX"}""")));
        Assert.Equal(Decision.Prohibited, answer.Decision);
        Assert.True(answer.Cites("1718", "8(d)"));
        var hit = Assert.Single(answer.PartyHits, h => h.Decisive);
        Assert.Contains("ILSIM", hit.MatchedName, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ABankKnownByAnUnlistedBic_IsNotDesignated() =>
        Assert.Equal(Decision.Permitted, Engine.WithBundledList.Value.Evaluate(Engine.Read(Payment("""{"role":"bank","type":"bank","bic":"DEUTDEFF"}"""))).Decision);
}
