using Interdict.Core.Lists;
using Interdict.Hosting.Lists;
using Interdict.Lists;
using Interdict.Hosting;
using Interdict.Server.Access;
using Interdict.Server.Http;
using Microsoft.Extensions.Options;

namespace Interdict.Server.Endpoints;

/// <summary><c>/v1/lists…</c>: the lists served and their versions, the diff between two versions, one entry with its
/// history across versions.</summary>
static class ListEndpoints
{
    public static IEndpointRouteBuilder MapLists(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/lists").WithTags("Lists");
        group.MapGet("", Lists).WithName("Lists").WithSummary("The lists served, with every loaded version").Produces<Contracts.ListsResult>();
        var limits = routes.ServiceProvider.GetRequiredService<IOptions<InterdictOptions>>().Value.Limits;
        group.MapPost("/import", Import).WithName("ListImport")
            .WithSummary("Import a list version: a UN, EU FSF, UK Sanctions List or OFAC Enhanced XML file, an OpenSanctions FtM JSON lines file, OFAC's CSV files, or a zip of one (multipart/form-data or the raw body); "
                + "`date` (form field or query parameter, YYYY-MM-DD) is the publication date of OFAC's CSV and OpenSanctions FtM files, which carry none")
            .WithDescription("The file is parsed completely first: a malformed or implausible file (no entries, dated before 2000 or after tomorrow) "
                + "is refused with 400 naming the place, and nothing is stored or served. A version that shrinks the list in force by more than "
                + "Interdict:Lists:MaxShrinkShare (default 25 %) is refused with 409 and the diff counts unless the form field (or query parameter) "
                + "allow_shrink=true confirms it. "
                + "A version newer than the loaded ones re-screens the customers its added and changed entries can match, raises alerts, "
                + "and marks undecided alerts of removed entries 'entry delisted'.")
            .Produces<Contracts.ListImportResult>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict)
            .WithMetadata(new UploadLimit(limits.MaxUploadBytes)).WithRequestTimeout(limits.ImportTimeout);
        group.MapGet("/{source}/diff", Diff).WithName("ListDiff")
            .WithSummary("Entries added, removed and changed between two versions (default: the newest and the one before)")
            .Produces<Contracts.ListDiffResult>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{source}/entries/{reference}", Entry).WithName("ListEntry")
            .WithSummary("One listed entry (default: as in the newest version holding it) and its history across versions")
            .Produces<Contracts.ListEntryResult>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{source}/export", Export).WithName("ListExport")
            .WithSummary("A loaded list as FollowTheMoney JSON lines (format=ftm): one entity per line, parties with their sanctions and links")
            .WithDescription("The version in force (or `version`, a label from GET /v1/lists), as OpenSanctions and yente write entities: "
                + "each line one entity in the schema given here. docs/sources/opensanctions.md, \"Export\".")
            .Produces<Contracts.FtmEntityLine>(StatusCodes.Status200OK, "application/x-ndjson")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    static IResult Lists(ListHost lists)
    {
        var state = lists.Current;
        return TypedResults.Ok(new Contracts.ListsResult([.. state.Sources.Select(source =>
        {
            var versions = state.VersionsOf(source);
            return new Contracts.ListSummary(source, versions[^1].Snapshot.Version.Label, [.. versions.Select(v => new Contracts.ListVersionSummary(
                v.Snapshot.Version.Label, v.Snapshot.Version.Generated, v.Snapshot.Version.Origin, v.Snapshot.Entries.Length,
                v.Snapshot.CountByKind().ToDictionary(k => k.Key.ToString().ToLowerInvariant(), k => k.Value), v.Bundled))])
            {
                InForce = state.FindInForce(source)?.Snapshot.Version.Label,
            };
        })]));
    }

    static async Task<IResult> Import(HttpRequest request, ListImporter importer, HttpContext http)
    {
        var upload = await Uploads.ReadAllAsync(request, "list.xml", http.RequestAborted).ConfigureAwait(false);
        var files = upload.Files;
        if (files.Count == 0) return Problems.Field("file", "no file was uploaded: send the list as multipart/form-data or as the request body");
        // The publication date of a format without one (OFAC's legacy CSV): the form field or query parameter `date`.
        if (!ListImportOptions.TryParsePublished(upload.Field(request, "date"), out var published, out var dateError)) return Problems.Field("date", dateError!);
        // The operator's confirmation of a shrink: a form field beside the file, or a query parameter with a raw body.
        var confirmation = upload.Field(request, "allow_shrink") ?? "";
        if (confirmation.Length > 0 && !bool.TryParse(confirmation, out _)) return Problems.Field("allow_shrink", "allow_shrink is true or false");
        var allowShrink = confirmation.Length > 0 && bool.Parse(confirmation);
        var report = await importer.ImportAsync(files, http.Actor(), new ListImportOptions(published, allowShrink), http.RequestAborted).ConfigureAwait(false);
        if (report.Failure is { } failure && report.NeedsConfirmation)
        {
            return TypedResults.Problem(failure.Message, statusCode: StatusCodes.Status409Conflict,
                title: "The new version shrinks the list in force by more than allowed; nothing was imported",
                extensions: new Dictionary<string, object?>
                {
                    ["file"] = failure.Origin,
                    ["version"] = report.Version?.Label,
                    ["in_force"] = report.ComparedWith?.Label,
                    ["entries"] = report.Entries,
                    ["added"] = report.Added,
                    ["removed"] = report.Removed,
                    ["changed"] = report.Changed,
                    ["confirm_with"] = "allow_shrink=true",
                });
        }
        if (report.Failure is { } refused)
        {
            return TypedResults.Problem(refused.ToString(), statusCode: StatusCodes.Status400BadRequest, title: "The list file is not valid; nothing was imported",
                extensions: new Dictionary<string, object?>
                {
                    ["file"] = refused.Origin,
                    ["line"] = refused.Line,
                    ["column"] = refused.Column,
                    ["element"] = refused.Element,
                    ["record"] = refused.Record,
                });
        }
        return TypedResults.Ok(new Contracts.ListImportResult(
            report.Version!.Source, report.Version.Label, report.Entries, report.Stored, AlreadyLoaded: !report.Stored, report.Newest,
            new Contracts.DiffCounts(report.Added, report.Removed, report.Changed), report.CustomersScored, report.Hits,
            [.. report.Raised.Select(a => new Contracts.RaisedAlert(a.Id, a.CustomerId, a.Source, a.EntryReference, a.Score))],
            report.Delisted, [.. report.Issues.Select(i => i.ToString())], Math.Round(report.Elapsed.TotalMilliseconds), report.ComparedWith?.Label)
        {
            InForce = report.InForce,
        });
    }

    static IResult Diff(string source, string? from, string? to, ListHost lists)
    {
        var state = lists.Current;
        var versions = state.VersionsOf(source);
        if (versions.Count == 0) return Problems.NotFound($"no list '{source}' is loaded (loaded: {string.Join(", ", state.Sources)})");
        var newer = to is null ? versions[^1] : state.FindVersion(source, to);
        if (newer is null) return Problems.NotFound($"no version '{to}' of '{source}' (loaded: {Labels(versions)})");
        var older = from is null ? state.FindPrevious(newer.Snapshot.Version) : state.FindVersion(source, from);
        if (older is null)
        {
            return from is null
                ? Problems.NotFound($"'{source}' {newer.Snapshot.Version.Label} has no earlier version to compare with (loaded: {Labels(versions)})")
                : Problems.NotFound($"no version '{from}' of '{source}' (loaded: {Labels(versions)})");
        }
        var diff = ListDiff.Compute(older.Snapshot, newer.Snapshot);
        return TypedResults.Ok(new Contracts.ListDiffResult(source, diff.From.Label, diff.To.Label,
            new Contracts.DiffCounts(diff.Added.Length, diff.Removed.Length, diff.Changed.Length),
            [.. diff.Added.Select(Brief)], [.. diff.Removed.Select(Brief)],
            [.. diff.Changed.Select(c => new Contracts.EntryChangeBrief(c.After.Reference, c.After.PrimaryName.Full, [.. c.Fields]))]));
    }

    static IResult Export(string source, string? format, string? version, ListHost lists, HttpContext http)
    {
        if (format is not null && !string.Equals(format, "ftm", StringComparison.OrdinalIgnoreCase))
            return Problems.Field("format", $"'{format}' is not an export format: ftm (FollowTheMoney JSON lines) is the one there is");
        var state = lists.Current;
        var versions = state.VersionsOf(source);
        if (versions.Count == 0) return Problems.NotFound($"no list '{source}' is loaded (loaded: {string.Join(", ", state.Sources)})");
        var chosen = version is null ? state.FindInForce(source) ?? versions[^1] : state.FindVersion(source, version);
        if (chosen is null) return Problems.NotFound($"no version '{version}' of '{source}' (loaded: {Labels(versions)})");
        var snapshot = chosen.Snapshot;
        var aborted = http.RequestAborted;
        return Results.Stream(async body => await FtmExport.WriteAsync(snapshot, body, aborted).ConfigureAwait(false),
            "application/x-ndjson; charset=utf-8",
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{source}-{snapshot.Version.Date:yyyy-MM-dd}.ftm.json"));
    }

    static IResult Entry(string source, string reference, string? version, ListHost lists)
    {
        var state = lists.Current;
        var versions = state.VersionsOf(source);
        if (versions.Count == 0) return Problems.NotFound($"no list '{source}' is loaded (loaded: {string.Join(", ", state.Sources)})");
        LoadedVersion? chosen;
        if (version is null) chosen = versions.LastOrDefault(v => Find(v.Snapshot, reference) is not null);
        else if ((chosen = state.FindVersion(source, version)) is null) return Problems.NotFound($"no version '{version}' of '{source}' (loaded: {Labels(versions)})");
        var entry = chosen is null ? null : Find(chosen.Snapshot, reference);
        if (entry is null)
        {
            return Problems.NotFound(version is null
                ? $"no entry '{reference}' in any loaded version of '{source}'"
                : $"no entry '{reference}' in '{source}' {version}");
        }
        ListEntry? previous = null;
        var history = new List<Contracts.EntryVersionStatus>();
        foreach (var v in versions)
        {
            var there = Find(v.Snapshot, reference);
            var status = (previous, there) switch
            {
                (null, null) => "absent",
                (null, _) => "listed",
                (_, null) => "removed",
                _ => ListDiff.Compute(Only(v.Snapshot.Version, previous!), Only(v.Snapshot.Version, there!)).IsEmpty ? "unchanged" : "changed",
            };
            history.Add(new Contracts.EntryVersionStatus(v.Snapshot.Version.Label, status));
            previous = there;
        }
        return TypedResults.Ok(new Contracts.ListEntryResult(chosen!.Snapshot.Version.Label, entry, [.. history]));
    }

    static Contracts.EntryBrief Brief(ListEntry e) => new(e.Reference, e.PrimaryName.Full, e.Kind.ToString().ToLowerInvariant());

    static ListEntry? Find(ListSnapshot snapshot, string reference)
    {
        foreach (var e in snapshot.Entries) if (string.Equals(e.Reference, reference, StringComparison.OrdinalIgnoreCase)) return e;
        return null;
    }

    static ListSnapshot Only(ListVersion version, ListEntry entry) => new(version, [entry]);

    static string Labels(IReadOnlyList<LoadedVersion> versions) => string.Join(", ", versions.Select(v => v.Snapshot.Version.Label));
}
