namespace Interdict.Payments.Tests;

/// <summary>Every real sample message parses, and says something to screen.</summary>
public sealed class SampleCorpusTests
{
    public static TheoryData<string> IsoFiles => [.. Samples.IsoFiles.Select(f => Path.GetRelativePath(Samples.Iso, f))];
    public static TheoryData<string> MtFiles => [.. Samples.MtFiles.Select(f => Path.GetRelativePath(Samples.Mt, f))];

    [Theory]
    [MemberData(nameof(IsoFiles))]
    public void EveryIsoSample_Parses(string file)
    {
        var payment = Samples.Read(Samples.IsoPath(file));
        Assert.Equal(MessageFormat.Iso20022, payment.Format);
        Assert.NotEmpty(payment.Parties);
        Assert.NotNull(payment.MessageId);
        Assert.All(payment.Parties, p => Assert.StartsWith("/", p.Place.Path, StringComparison.Ordinal));
        Assert.All(payment.Parties, p => Assert.True(p.Place.Line > 0, p.ToString()));
    }

    [Theory]
    [MemberData(nameof(MtFiles))]
    public void EveryMtSample_Parses(string file)
    {
        var path = Samples.MtPath(file);
        var results = new PaymentParser().ParseAll(File.ReadAllText(path), file);
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.True(r.Success, r.ToString()));
        Assert.All(results, r => Assert.Contains(r.Payment!.Parties, p => p.Role == PaymentRole.Sender));
    }
}
