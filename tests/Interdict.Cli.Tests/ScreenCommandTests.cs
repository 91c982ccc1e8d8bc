using System.Text.Json;

namespace Interdict.Cli.Tests;

public sealed class ScreenCommandTests : IDisposable
{
    readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Screen_OneName_PrintsTheHitAndWhy()
    {
        var result = _cli.Run("screen", "Ri Won-ho", "--type", "person");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("KPi.033", result.Output);
        Assert.Contains("RI WON HO", result.Output);
        Assert.Contains("primary name", result.Output);
    }

    [Fact]
    public void Screen_UnknownName_SaysNoMatch()
    {
        var result = _cli.Run("screen", "Zyxwv Qqqq", "--format", "table");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No match", result.Output);
    }

    [Fact]
    public void Screen_Batch_WritesOneJsonObjectPerUsableRow_SkipsRowsWithoutAName_WarnsOfBadOptionalFields()
    {
        var input = _cli.PathIn("customers.csv");
        File.WriteAllText(input, string.Join('\n',
            "id,name,type,dob,nationality,branch",
            "c1,Ri Won-ho,person,,,Seoul",
            "c2,\"Choi, Sung Il\",person,,KP,Paris",
            "c3,Jane Doe,person,1980-02-30,,Paris",
            "c4,,person,,,Paris",
            "c5,Korea Kwangson Banking Corp,organization,,,Zurich",
            "c6,Somebody,spaceship,,,Zurich",
            "c7,Peter Smith,,,,Zurich") + "\n");
        var output = _cli.PathIn("hits.jsonl");

        var result = _cli.Run("screen", "--input", input, "--output", output, "--lists", "un");

        Assert.True(result.ExitCode == 3, result.ToString()); // finished, with a bad row
        Assert.Contains("line 4: warning: date of birth '1980-02-30'", result.Error); // the impossible date is ignored...
        Assert.Contains("line 5: the name is empty; row skipped", result.Error);      // the row without a name is not
        Assert.Contains("line 7: warning: type 'spaceship'", result.Error);
        Assert.Contains("interdict: screen: 7 read, 6 screened, ", result.Error);
        Assert.Contains(", 2 warning(s), 1 error(s), ", result.Error);
        var rows = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["c1", "c2", "c3", "c5", "c6", "c7"], rows.Select(r => r.GetProperty("id").GetString()));
        rows = [rows[0], rows[1], rows[3], rows[5]];
        var c1 = rows[0].GetProperty("matches");
        Assert.Equal("KPi.033", c1[0].GetProperty("ref").GetString());
        Assert.Equal("un", c1[0].GetProperty("list").GetString());
        Assert.Equal("RI WON HO", c1[0].GetProperty("name").GetString());
        Assert.True(c1[0].TryGetProperty("explanation", out _));
        Assert.Equal("KPi.014", rows[1].GetProperty("matches")[0].GetProperty("ref").GetString());
        Assert.Equal("KPe.025", rows[2].GetProperty("matches")[0].GetProperty("ref").GetString());
        Assert.Equal(0, rows[3].GetProperty("matches").GetArrayLength());
        foreach (var row in rows)
        {
            var scores = row.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("score").GetDouble()).ToArray();
            Assert.Equal(scores.OrderDescending(), scores);
            Assert.All(scores, s => Assert.InRange(s, 0.80, 1.0));
        }
    }

    [Fact]
    public void Screen_BatchToCsv_WritesOneRowPerMatch()
    {
        var input = _cli.PathIn("in.csv");
        File.WriteAllText(input, "id,name\na,Ri Won Ho\nb,Nobody Atall\n");
        var output = _cli.PathIn("out.csv");
        var result = _cli.Run("screen", "--input", input, "--output", output);
        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = File.ReadAllLines(output);
        Assert.Equal("id,rank,list,ref,name,score,matched_name,explanation", lines[0]);
        Assert.StartsWith("a,1,un,KPi.033,RI WON HO,1,", lines[1]);
        Assert.Equal("b,0,,,,,,", lines[2]);
    }

    [Fact]
    public void Screen_BatchWithoutNameColumn_IsRefusedNamingTheHeader()
    {
        var input = _cli.PathIn("bad.csv");
        File.WriteAllText(input, "id,fullname\n1,Ri Won Ho\n");
        var result = _cli.Run("screen", "--input", input, "--output", _cli.PathIn("x.jsonl"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("line 1", result.Error);
        Assert.Contains("'name'", result.Error);
        Assert.False(File.Exists(_cli.PathIn("x.jsonl")));
    }

    [Fact]
    public void Screen_UnknownList_IsAUsageError()
    {
        var result = _cli.Run("screen", "Ri Won Ho", "--lists", "eu");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no list 'eu' is loaded", result.Error);
    }

    [Fact]
    public void Screen_ThresholdOutOfRange_IsAUsageError() =>
        Assert.Equal(1, _cli.Run("screen", "Ri Won Ho", "--threshold", "1.5").ExitCode);
}
