namespace Interdict.Cli.Tests;

public sealed class RegimeCommandTests : IDisposable
{
    readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Proposals_ListsEachDraftWithItsStatus()
    {
        var result = _cli.Run("regime", "proposals");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("P-2019-RU-CN", result.Output);
        Assert.Contains("P-2021", result.Output);
        Assert.Contains("not adopted", result.Output);
    }

    [Theory]
    [InlineData("P-2019-RU-CN")]
    [InlineData("proposal:P-2019-RU-CN")]
    public void Diff_TakesTheProposalIdWithOrWithoutItsPrefix(string scenario)
    {
        var result = _cli.Run("regime", "diff", "--scenario", scenario, "--as-of", "2020-01-01", "--format", "table");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("What-if only", result.Output);
    }

    [Fact]
    public void Diff_UnknownProposal_IsBadInputNamingTheKnownOnes()
    {
        var result = _cli.Run("regime", "diff", "--scenario", "P-1999");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("P-2019-RU-CN", result.Error);
    }

    [Fact]
    public void Hs_SearchThatFindsNothing_IsAnAnswerNotAnError()
    {
        var result = _cli.Run("hs", "zzzzqq");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("no HS description contains 'zzzzqq'", result.Error);
    }
}
