using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Interdict.Cli.Tests;

/// <summary>The README's table of exit codes is the contract: it lists exactly the codes of <c>ExitCodes</c>, and
/// every row of it has cases here, run as the real program, that end with that code.</summary>
public sealed partial class ExitCodeTests : IDisposable
{
    readonly CliRunner _cli = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _cli.Dispose();
    }

    [GeneratedRegex(@"^\| (?<code>\d+) \| (?<meaning>.+) \|$", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    /// <summary>The rows of the README's "Exit codes" table.</summary>
    static Dictionary<int, string> ReadmeTable()
    {
        var readme = File.ReadAllText(RepositoryPaths.Readme);
        var section = readme[readme.IndexOf("## Exit codes", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        return TableRow().Matches(section).ToDictionary(m => int.Parse(m.Groups["code"].Value, System.Globalization.CultureInfo.InvariantCulture), m => m.Groups["meaning"].Value);
    }

    public static TheoryData<int> ReadmeCodes => [.. ReadmeTable().Keys];

    [Fact]
    public void ReadmeTable_ListsExactlyTheCodesTheProgramDefines()
    {
        var defined = typeof(Interdict.Cli.ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (int)f.GetRawConstantValue()!).Order().ToArray();
        Assert.Equal(defined, ReadmeTable().Keys.Order().ToArray());
    }

    [Theory]
    [MemberData(nameof(ReadmeCodes))]
    public void EveryRowOfTheReadmeTable_HasCasesThatEndWithItsCode(int code)
    {
        Assert.True(Cases.ContainsKey(code), $"the README's exit code {code} ({ReadmeTable()[code]}) has no case in ExitCodeTests");
        foreach (var (what, run) in Cases[code])
        {
            var result = run(this);
            Assert.True(result.ExitCode == code, $"{what}: expected exit {code}\n{result}");
            Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal); // no stack trace, whatever the code
        }
    }

    static readonly Dictionary<int, (string What, Func<ExitCodeTests, CliResult> Run)[]> Cases = new()
    {
        [0] =
        [
            ("a name screened", t => t._cli.Run("screen", "Ri Won Ho")),
            ("a search that finds nothing is an answer", t => t._cli.Run("hs", "zzzzqq")),
            ("a batch with warnings only", t => t._cli.RunWithInput("id,name,dob\n1,Ri Won Ho,1974-01-32\n", "screen", "--input", "-")),
        ],
        [1] =
        [
            ("an unknown option", t => t._cli.Run("screen", "Ri Won Ho", "--no-such-option")),
            ("an unknown format", t => t._cli.Run("lists", "--format", "xml")),
            ("an output file whose extension is no format", t => t._cli.Run("screen", "--input", Path.Combine(RepositoryPaths.Examples, "customers.csv"), "--output", t._cli.PathIn("hits.txt"))),
            ("--resume with standard input", t => t._cli.RunWithInput("id,name\n", "screen", "--input", "-", "--output", t._cli.PathIn("h.jsonl"), "--resume")),
        ],
        [2] =
        [
            ("a missing file", t => t._cli.Run("screen", "--input", t._cli.PathIn("missing.csv"), "--output", t._cli.PathIn("h.jsonl"))),
            ("a CSV header without a name column", t => t._cli.RunWithInput("id,nom\n1,x\n", "screen", "--input", "-")),
            ("a malformed list", t => t._cli.RunWithInput("<CONSOLIDATED_LIST><INDIVIDUALS>", "lists", "import", "-")),
            ("a malformed single check", t => t._cli.RunWithInput("{\"id\": 1", "check", "--file", "-")),
            ("an HS code not in the nomenclature", t => t._cli.Run("hs", "7701")),
        ],
        [3] =
        [
            ("a screening batch with a row without a name", t => t._cli.RunWithInput("id,name\n1,Ri Won Ho\n2,\n", "screen", "--input", "-")),
            ("a check batch with a bad line", t => t._cli.RunWithInput("{\"id\": \"broken\", \"date\": \"2017-09-01\"}\n", "check", "--input", "-")),
            ("a file of pairs with a bad row", t => t._cli.RunWithInput("id,name1,name2\np1,,x\n", "compare", "--input", "-")),
            ("payment messages, one unreadable", t => t._cli.RunWithInput("not a payment message", "payments", "screen", "-")),
        ],
        [4] =
        [
            ("an official list that cannot be fetched", t => t._cli.Run(
                new Dictionary<string, string> { ["INTERDICT_UN_URL"] = $"http://127.0.0.1:{ClosedPort()}/consolidated.xml" }, "lists", "update")),
        ],
        [5] =
        [
            ("an audit trail whose records were deleted", t =>
            {
                Assert.Equal(0, t._cli.Run("keys", "create", "--role", "screener").ExitCode);
                t.Tamper("DROP TRIGGER audit_records_no_delete; DELETE FROM audit_records;");
                return t._cli.Run("audit", "verify");
            }),
        ],
    };

    void Tamper(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_cli.PathIn("interdict.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A loopback port nothing listens on (taken and released).</summary>
    static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
