namespace Interdict.Lists;

/// <summary>The list formats the importers read.</summary>
public enum ListFormat
{
    /// <summary>Not a list format this library knows, or the path does not exist.</summary>
    Unknown = 0,
    /// <summary>The UN Security Council Consolidated List XML (<see cref="UnListParser"/>).</summary>
    UnXml,
    /// <summary>OFAC's legacy SDN CSV files, <c>sdn.csv</c> with <c>alt.csv</c>, <c>add.csv</c>, <c>sdn_comments.csv</c> (<see cref="OfacSdnParser"/>).</summary>
    OfacCsv,
}
