using Interdict.Core.Lists;

// The answers of the list endpoints; ListEndpoints returns these records as they are.
namespace Interdict.Server.Contracts;

/// <summary>The lists served (<c>GET /v1/lists</c>).</summary>
/// <param name="Lists">One per source.</param>
sealed record ListsResult(ListSummary[] Lists);

/// <summary>A list and its loaded versions.</summary>
/// <param name="Source">The list (<c>un</c>, <c>ofac</c>).</param>
/// <param name="Newest">The newest version's label.</param>
/// <param name="Versions">Every loaded version, oldest first (older ones serve as-of screening).</param>
sealed record ListSummary(string Source, string Newest, ListVersionSummary[] Versions)
{
    /// <summary>The label of the version in force today (the newest dated on or before today): the one screening and
    /// customers use now. Differs from <see cref="Newest"/> only while a version dated tomorrow waits; absent when none is.</summary>
    public string? InForce { get; init; }
}

/// <summary>One loaded version of a list.</summary>
/// <param name="Label">The version's label (its generation time).</param>
/// <param name="Generated">When the list's publisher generated it.</param>
/// <param name="Origin">Where it was read from (file name, URL, "embedded").</param>
/// <param name="Entries">Entries in it.</param>
/// <param name="ByType">Entries by type (person, organization, vessel, aircraft).</param>
/// <param name="Bundled">The version shipped with Interdict.</param>
sealed record ListVersionSummary(string Label, DateTimeOffset Generated, string Origin, int Entries, Dictionary<string, int> ByType, bool Bundled);

/// <summary>What a list import did (<c>POST /v1/lists/import</c>).</summary>
/// <param name="Source">The list.</param>
/// <param name="Version">The imported version's label.</param>
/// <param name="Entries">Entries in it.</param>
/// <param name="Stored">Stored now; false when that version was loaded already.</param>
/// <param name="AlreadyLoaded">The version was loaded already: nothing changed.</param>
/// <param name="Newest">It became the newest version of its list (customers were re-screened).</param>
/// <param name="Diff">Entries added, removed and changed against the previous newest version.</param>
/// <param name="CustomersScored">Customers the delta re-screen scored.</param>
/// <param name="Matches">Hits on the added and changed entries.</param>
/// <param name="AlertsRaised">The alerts raised.</param>
/// <param name="AlertsDelisted">Undecided alerts of removed entries marked "entry delisted".</param>
/// <param name="Issues">Records of the file that were reported and skipped.</param>
/// <param name="ElapsedMs">How long the import took.</param>
/// <param name="ComparedWith">The version the diff was computed against; none for a first version.</param>
sealed record ListImportResult(
    string Source, string Version, int Entries, bool Stored, bool AlreadyLoaded, bool Newest, DiffCounts Diff, int CustomersScored,
    int Matches, RaisedAlert[] AlertsRaised, int AlertsDelisted, string[] Issues, double ElapsedMs, string? ComparedWith = null)
{
    /// <summary>True when the version is in force today; false for a version dated tomorrow, stored and served from its date.</summary>
    public bool InForce { get; init; } = true;
}

/// <summary>An alert a list import raised.</summary>
/// <param name="Id">The alert's id.</param>
/// <param name="CustomerId">The customer.</param>
/// <param name="List">The entry's list.</param>
/// <param name="Ref">The entry's reference number.</param>
/// <param name="Score">The match's score.</param>
sealed record RaisedAlert(long Id, string CustomerId, string List, string Ref, double Score);

/// <summary>How many entries a new version added, removed and changed.</summary>
/// <param name="Added">Entries only in the newer version.</param>
/// <param name="Removed">Entries only in the older version.</param>
/// <param name="Changed">Entries in both whose content differs.</param>
sealed record DiffCounts(int Added, int Removed, int Changed);

/// <summary>The entries added, removed and changed between two versions (<c>GET /v1/lists/{source}/diff</c>).</summary>
/// <param name="Source">The list.</param>
/// <param name="From">The older version.</param>
/// <param name="To">The newer version.</param>
/// <param name="Counts">How many of each.</param>
/// <param name="Added">Entries added.</param>
/// <param name="Removed">Entries removed.</param>
/// <param name="Changed">Entries changed, with the fields that changed.</param>
sealed record ListDiffResult(string Source, string From, string To, DiffCounts Counts, EntryBrief[] Added, EntryBrief[] Removed, EntryChangeBrief[] Changed);

/// <summary>An entry by its reference, primary name and type.</summary>
/// <param name="Reference">The reference number.</param>
/// <param name="Name">The primary name.</param>
/// <param name="Type">person, organization, vessel, aircraft.</param>
sealed record EntryBrief(string Reference, string Name, string Type);

/// <summary>A changed entry.</summary>
/// <param name="Reference">The reference number.</param>
/// <param name="Name">The primary name in the newer version.</param>
/// <param name="Fields">The fields that differ (<c>Names</c>, <c>Addresses</c>, …).</param>
sealed record EntryChangeBrief(string Reference, string Name, string[] Fields);

/// <summary>One listed entry and its history (<c>GET /v1/lists/{source}/entries/{reference}</c>).</summary>
/// <param name="Version">The version the entry is shown as in.</param>
/// <param name="Entry">Every field of the entry.</param>
/// <param name="History">Its status in each loaded version, oldest first.</param>
sealed record ListEntryResult(string Version, ListEntry Entry, EntryVersionStatus[] History);

/// <summary>An entry's status in one version.</summary>
/// <param name="Version">The version.</param>
/// <param name="Status">absent, listed, unchanged, changed, removed.</param>
sealed record EntryVersionStatus(string Version, string Status);
