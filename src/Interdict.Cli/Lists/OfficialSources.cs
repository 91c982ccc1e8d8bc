namespace Interdict.Cli.Lists;

/// <summary>Where the publishers serve their lists. Each address can be overridden by an environment variable
/// (<c>INTERDICT_UN_URL</c>, <c>INTERDICT_OFAC_URL</c>: a base URL for OFAC's four files), for mirrors and tests.</summary>
sealed record OfficialSources(string Source, IReadOnlyList<(string Url, string FileName)> Files)
{
    const string UnDefault = "https://scsanctions.un.org/resources/xml/en/consolidated.xml";
    const string OfacDefault = "https://www.treasury.gov/ofac/downloads/";
    static readonly string[] OfacFiles = ["sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"];

    public static IReadOnlyList<OfficialSources> All =>
    [
        new("un", [(Environment.GetEnvironmentVariable("INTERDICT_UN_URL") ?? UnDefault, "consolidated.xml")]),
        new("ofac", OfacFiles.Select(file => (new Uri(new Uri(Environment.GetEnvironmentVariable("INTERDICT_OFAC_URL") ?? OfacDefault), file).ToString(), file)).ToArray()),
    ];

    public static OfficialSources? Find(string source) => All.FirstOrDefault(s => string.Equals(s.Source, source, StringComparison.Ordinal));
}
