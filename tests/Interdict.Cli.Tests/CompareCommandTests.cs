using System.Text.Json;

namespace Interdict.Cli.Tests;

public sealed class CompareCommandTests : IDisposable
{
    readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Compare_TwoSpellingsOfOneName_IsAMatch()
    {
        var result = _cli.Run("compare", "Choi Sung Il", "CHOE SONG IL");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("match", result.Output);
        Assert.Contains("choi~choe [korean variant]", result.Output);
    }

    [Fact]
    public void Compare_PairsFile_WritesScoreAndVerdictPerRow()
    {
        var input = _cli.PathIn("pairs.csv");
        File.WriteAllText(input, "id,name1,name2,type\np1,Ri Won Ho,RI WON HO,person\np2,Kim Jong Man,KIM JONG SIK,person\np3,,x,\n");
        var output = _cli.PathIn("pairs.jsonl");
        var result = _cli.Run("compare", "--input", input, "--output", output);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("line 4:", result.Error);
        var rows = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(2, rows.Length);
        Assert.Equal(1.0, rows[0].GetProperty("score").GetDouble());
        Assert.True(rows[0].GetProperty("match").GetBoolean());
        Assert.False(rows[1].GetProperty("match").GetBoolean());
    }
}
