using Interdict.Core.Customers;
using Interdict.Core.Lists;

namespace Interdict.Matching.Tests.Ownership;

/// <summary>A customer's owners in its model: checked shares, and a fingerprint that moves with them.</summary>
public sealed class CustomerOwnersTests
{
    [Fact]
    public void ACustomerWithoutOwners_KeepsTheFingerprintItHadBeforeOwnersExisted()
    {
        // Suppressed false positives are matched by fingerprint: adding owners to the model must not change it. The
        // value is SHA-256 over the canonical encoding of ("customer/1", name, kind, null dob, null nationality,
        // country, 0 identifiers), computed outside the code.
        var customer = new Customer("f1", "Kim Il", PartyKind.Person) { Country = "KP" };

        Assert.Equal("fde94097a9e7be37409f6500ebf0ba8d4dd6be3f65268698be9fa8f0f7e66477", customer.Fingerprint);
        Assert.NotEqual(customer.Fingerprint, (customer with { Owners = [new Owner("Kim Chol")] }).Fingerprint);
    }

    [Fact]
    public void OwnersInAnotherOrderOrWithTrailingZeros_FingerprintAlike()
    {
        var a = new Customer("f1", "Sinhung", PartyKind.Organization) { Owners = [new Owner("A", 60m), new Owner("B")] };
        var b = a with { Owners = [new Owner("B"), new Owner("A", 60.00m)] };
        var c = a with { Owners = [new Owner("A", 61m), new Owner("B")] };

        Assert.Equal(a.Fingerprint, b.Fingerprint);
        Assert.NotEqual(a.Fingerprint, c.Fingerprint);
        Assert.Equal("60", b.Owners[1].Share!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.01)]
    [InlineData(150)]
    public void AShareOutside0To100_IsRefused(double share) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Owner("A", (decimal)share));
}
