using Interdict.Core.Access;
using Interdict.Core.Customers;
using Interdict.Core.Lists;

namespace Interdict.Storage.Tests;

/// <summary>API key format and customer fingerprints in Core.</summary>
public sealed class AccessAndCustomerTests
{
    [Fact]
    public void Generate_Key_ParsesBackAndMatchesItsHash()
    {
        var (id, plaintext, hash) = ApiKeySecret.Generate();
        Assert.Matches("^idk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$", plaintext);
        Assert.True(ApiKeySecret.TryParse(plaintext, out var parsedId, out var secret));
        Assert.Equal(id, parsedId);
        Assert.True(ApiKeySecret.Matches(secret, hash));
        Assert.False(ApiKeySecret.Matches(secret + "x", hash));
        Assert.NotEqual(plaintext, ApiKeySecret.Generate().Plaintext);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer idk_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("idk_0123456789ABCDEF_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("idk_0123456789abcdef_short")]
    public void TryParse_Malformed_False(string? text) => Assert.False(ApiKeySecret.TryParse(text, out _, out _));

    static Customer Sample() => new("c1", "Kim Il", PartyKind.Person)
    {
        DateOfBirth = new PartialDate(1964),
        Identifiers = [new Identifier(IdentifierKind.Imo, "1234567"), new Identifier(IdentifierKind.SwiftBic, "KPBKKPPY")],
    };

    [Fact]
    public void Fingerprint_IdentifierOrderAndTimestamps_DoNotMatter()
    {
        var a = Sample();
        var b = a with { Identifiers = [.. a.Identifiers.Reverse()], Revision = 4, UpdatedAt = DateTimeOffset.UnixEpoch };
        Assert.Equal(a.Fingerprint, b.Fingerprint);
    }

    [Fact]
    public void Fingerprint_ScreeningFieldChanges_Differs()
    {
        var a = Sample();
        Assert.NotEqual(a.Fingerprint, (a with { DateOfBirth = new PartialDate(1965) }).Fingerprint);
        Assert.NotEqual(a.Fingerprint, (a with { Country = "CN" }).Fingerprint);
        Assert.NotEqual(a.Fingerprint, new Customer("c1", "Kim Il Sung", PartyKind.Person) { DateOfBirth = a.DateOfBirth, Identifiers = a.Identifiers }.Fingerprint);
    }

    [Fact]
    public void ToQuery_CarriesScreeningFields()
    {
        var query = (Sample() with { Country = "KP" }).ToQuery();
        Assert.Equal("Kim Il", query.Name);
        Assert.Equal(PartyKind.Person, query.Kind);
        Assert.Equal(new PartialDate(1964), query.DateOfBirth);
        Assert.Equal("KP", query.Nationality);
        Assert.Equal(2, query.Identifiers.Length);
    }

    [Fact]
    public void Constructor_BlankOrLongId_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => new Customer(" ", "x"));
        Assert.ThrowsAny<ArgumentException>(() => new Customer(new string('x', 201), "x"));
        Assert.ThrowsAny<ArgumentException>(() => new Customer("c", ""));
    }
}
