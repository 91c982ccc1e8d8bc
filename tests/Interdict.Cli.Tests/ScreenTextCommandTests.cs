using System.Text.Json;

namespace Interdict.Cli.Tests;

/// <summary><c>interdict screen --text</c>: every listed name inside a text, as JSON when the output is not a terminal.</summary>
public sealed class ScreenTextCommandTests : IDisposable
{
    readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void ScreenText_Piped_WritesJsonWithEachNameAndItsSpan()
    {
        const string text = "INV 2023-114 PAYMENT TO RI WON HO VIA KOTI CORP, PYONGYANG";
        var result = _cli.Run("screen", "--text", text, "--lists", "un");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var matches = json.RootElement.GetProperty("matches");
        Assert.Equal(["KPi.033", "KPe.067"], matches.EnumerateArray().Select(m => m.GetProperty("ref").GetString()));
        var first = matches[0];
        Assert.Equal(text.IndexOf("RI WON HO", StringComparison.Ordinal), first.GetProperty("start").GetInt32());
        Assert.Equal("RI WON HO".Length, first.GetProperty("length").GetInt32());
        Assert.Equal("RI WON HO", first.GetProperty("matched_text").GetString());
        Assert.NotEmpty(json.RootElement.GetProperty("list_versions").EnumerateArray());
    }

    [Fact]
    public void ScreenText_Dash_ReadsStandardInput()
    {
        var result = _cli.RunWithInput("payment to Ri Won-ho\nfor services", "screen", "--text", "-");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var match = Assert.Single(json.RootElement.GetProperty("matches").EnumerateArray());
        Assert.Equal("Ri Won-ho", match.GetProperty("matched_text").GetString());
        Assert.Equal(11, match.GetProperty("start").GetInt32());
    }

    [Fact]
    public void ScreenText_InnocentText_NoMatches()
    {
        var result = _cli.Run("screen", "--text", "INV 2023-114 PAYMENT FOR STEEL COILS PER CONTRACT 88/21");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(0, json.RootElement.GetProperty("matches").GetArrayLength());
    }

    [Fact]
    public void ScreenText_WithAName_IsAUsageError()
    {
        var result = _cli.Run("screen", "Ri Won Ho", "--text", "paid Ri Won Ho");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--text", result.Error);
    }
}
