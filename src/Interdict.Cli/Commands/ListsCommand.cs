using System.CommandLine;
using System.Globalization;
using Interdict.Cli.Lists;
using Interdict.Cli.Output;
using Interdict.Core.Lists;
using Interdict.Hosting.Lists;
using Interdict.Lists;
using Spectre.Console;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict lists</c>: what is loaded; <c>lists import FILE</c>: add a version; <c>lists update</c>: fetch the official files.</summary>
static class ListsCommand
{
    static readonly Argument<string> PathArgument = new("path") { Description = "A list file (UN, EU FSF, UK Sanctions List or OFAC Enhanced XML; OpenSanctions FtM JSON lines) or a folder holding one, or a folder (or sdn.csv) of OFAC's legacy CSV files; - reads a list file, or a zip of one, from standard input" };
    static readonly Option<string?> SourceOption = new("--source") { Description = "Which list to fetch: un (default) or ofac" };
    static readonly Option<string?> DateOption = new("--date") { Description = "The publication date (YYYY-MM-DD) of files that carry none: required for OFAC's legacy CSV and OpenSanctions FtM files; the XML lists state their own" };
    static readonly Option<bool> AllowShrinkOption = new("--allow-shrink")
    {
        Description = "Import a version that shrinks the list in force by more than Interdict:Lists:MaxShrinkShare (default 25 %), after seeing the diff",
    };

    static readonly Option<string> ListOption = new("--list") { Description = "The list to export, by its id (un, ofac, ofac-cons, eu, uk, opensanctions): see `interdict lists`", Required = true };
    static readonly Option<string> ExportFormatOption = CreateExportFormat();
    static readonly Option<string?> ExportOutputOption = new("--output", "-o") { Description = "Where to write the entities (default, or -: standard output); a file appears only whole" };
    static readonly Option<string?> ListVersionOption = new("--list-version") { Description = "The version to export, by its label (see `interdict lists`; default: the version in force)" };

    static Option<string> CreateExportFormat()
    {
        // Its own --format: the export writes entities in a list format, not the records --format json|jsonl|csv|table prints.
        var option = new Option<string>("--format") { Description = "ftm: FollowTheMoney JSON lines, as OpenSanctions and yente write entities", DefaultValueFactory = _ => "ftm" };
        option.AcceptOnlyFromAmong("ftm");
        return option;
    }

    public static Command Create(CliContext context)
    {
        var export = new Command("export", "Write a loaded list as FollowTheMoney JSON lines: its parties, their sanctions and their links (docs/sources/opensanctions.md, \"Export\")")
        {
            ListOption, ExportFormatOption, ExportOutputOption, ListVersionOption,
        };
        export.SetAction((parse, cancellation) => Export(context, parse, cancellation));

        var import = new Command("import", "Add a list version from a file to the database the server uses; it is checked completely before it is stored, and customers are re-screened") { PathArgument, DateOption, AllowShrinkOption };
        import.SetAction((parse, cancellation) => Import(context, parse, cancellation));

        var update = new Command("update", "Fetch the newest official list file and import it") { SourceOption, AllowShrinkOption };
        update.SetAction((parse, cancellation) => Update(context, parse, cancellation));

        var lists = new Command("lists", "Show the loaded lists and their versions; import, fetch or export versions") { import, update, export, OutputFormats.Option };
        lists.SetAction((parse, cancellation) => Task.FromResult(Show(context, parse)));
        return lists;
    }

    static int Show(CliContext context, ParseResult parse)
    {
        if (!OutputFormats.TryChoose(parse, null, batch: false, out var format)) return ExitCodes.Usage;
        var rows = new List<(ListSnapshot Snapshot, DateOnly? Until)>();
        foreach (var group in context.Snapshots(parse).GroupBy(s => s.Version.Source, StringComparer.Ordinal))
        {
            var ordered = group.OrderBy(s => s.Version.Generated).ToArray();
            for (var i = 0; i < ordered.Length; i++) rows.Add((ordered[i], i + 1 < ordered.Length ? ordered[i + 1].Version.Date : null));
        }
        static int Kind((ListSnapshot Snapshot, DateOnly? Until) row, PartyKind kind) => row.Snapshot.CountByKind().GetValueOrDefault(kind);
        RecordWriter<(ListSnapshot Snapshot, DateOnly? Until)>.Print(new()
        {
            Name = "versions",
            Title = "Loaded lists",
            Columns =
            [
                new("list", "List", r => r.Snapshot.Version.Source),
                new("version", "Version (generated)", r => r.Snapshot.Version.Label),
                new("origin", "From", r => r.Snapshot.Version.Origin),
                new("entries", "Entries", r => r.Snapshot.Entries.Length),
                new("persons", "Persons", r => Kind(r, PartyKind.Person)),
                new("organisations", "Organisations", r => Kind(r, PartyKind.Organization)),
                new("vessels", "Vessels", r => Kind(r, PartyKind.Vessel)),
                new("aircraft", "Aircraft", r => Kind(r, PartyKind.Aircraft)),
                new("in_force_from", "In force from", r => r.Snapshot.Version.Date),
                new("in_force_until", "Until", r => r.Until is { } until ? until : "current"),
            ],
        }, format, rows);
        return ExitCodes.Ok;
    }

    static async Task<int> Export(CliContext context, ParseResult parse, CancellationToken cancellation)
    {
        var list = parse.GetValue(ListOption)!;
        var label = parse.GetValue(ListVersionOption);
        var state = context.Services(parse).Lists.Current;
        var versions = state.VersionsOf(list);
        if (versions.Count == 0) return CliOutput.BadInput($"--list {list}: no such list is loaded (loaded: {string.Join(", ", state.Sources)})");
        var chosen = label is null ? state.FindInForce(list) ?? versions[^1] : state.FindVersion(list, label);
        if (chosen is null) return CliOutput.BadInput($"--list-version {label}: no such version of {list} (loaded: {string.Join(", ", versions.Select(v => v.Snapshot.Version.Label))})");
        var output = parse.GetValue(ExportOutputOption);
        int written;
        using (var target = OutputTarget.Open(output))
        {
            written = await FtmExport.WriteAsync(chosen.Snapshot, target.Stream, cancellation).ConfigureAwait(false);
            target.Commit();
            if (target.IsStandardOutput) return ExitCodes.Ok;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"exported {list} {chosen.Snapshot.Version.Label}: {chosen.Snapshot.Entries.Length:N0} entries as {written:N0} FtM entities to {Path.GetFileName(output)}"));
        return ExitCodes.Ok;
    }

    static async Task<int> Import(CliContext context, ParseResult parse, CancellationToken cancellation)
    {
        var path = parse.GetValue(PathArgument)!;
        if (path == "-") return await ImportStandardInput(context, parse, cancellation).ConfigureAwait(false);
        if (!File.Exists(path) && !Directory.Exists(path)) return CliOutput.BadInput($"{path}: no such file or folder");
        if (!ListImportOptions.TryParsePublished(parse.GetValue(DateOption), out var published, out var error)) return CliOutput.UsageError($"--date {error}");
        return await ImportFiles(context, parse, path, new ListImportOptions(published, parse.GetValue(AllowShrinkOption)), cancellation).ConfigureAwait(false);
    }

    /// <summary>A list version piped in: a list file, or a zip of one or of OFAC's CSV files (the zip told apart by
    /// the zip's signature, as the server tells a raw request body).</summary>
    static async Task<int> ImportStandardInput(CliContext context, ParseResult parse, CancellationToken cancellation)
    {
        if (!ListImportOptions.TryParsePublished(parse.GetValue(DateOption), out var published, out var error)) return CliOutput.UsageError($"--date {error}");
        using var copy = new MemoryStream();
        await using (var stdin = Console.OpenStandardInput()) await stdin.CopyToAsync(copy, cancellation).ConfigureAwait(false);
        var content = copy.ToArray();
        if (content.Length == 0) return CliOutput.BadInput("standard input: not imported: it is empty. The versions already loaded are unchanged.");
        var name = content is [(byte)'P', (byte)'K', ..] ? "stdin.zip" : "stdin.xml";
        var services = context.Services(parse);
        await services.Customers.LoadAsync(cancellation).ConfigureAwait(false);
        var report = await services.Importer.ImportAsync([new ListFile(name, content)], CliServices.Actor,
            new ListImportOptions(published, parse.GetValue(AllowShrinkOption)), cancellation).ConfigureAwait(false);
        return Report("standard input", report);
    }

    /// <summary>Imports through the server's own importer: stored in the database, customers re-screened, alerts raised
    /// and delisted, the import audited.</summary>
    static async Task<int> ImportFiles(CliContext context, ParseResult parse, string path, ListImportOptions options, CancellationToken cancellation)
    {
        var names = ListFiles.FilesOf(path);
        if (names.Count == 0)
        {
            // Not a known list: the importer names what is wrong with it.
            names = File.Exists(path) ? [path] : [];
        }
        var files = names.Select(f => new ListFile(Path.GetFileName(f), File.ReadAllBytes(f))).ToArray();
        if (files.Length == 0) return CliOutput.BadInput($"{path}: not imported: no list file this engine reads in this folder ({ListSources.Titles}). The versions already loaded are unchanged.");
        var services = context.Services(parse);
        await services.Customers.LoadAsync(cancellation).ConfigureAwait(false);
        var report = await services.Importer.ImportAsync(files, CliServices.Actor, options, cancellation).ConfigureAwait(false);
        return Report(path, report);
    }

    static int Report(string path, ListImportReport report)
    {
        foreach (var issue in report.Issues) CliOutput.Warning($"{Where(issue)}: {issue.Message}; record skipped or field left out");
        if (report.Failure is { } failure)
        {
            if (report.NeedsConfirmation)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"interdict: diff against {report.ComparedWith}: {report.Added} added, {report.Removed} removed, {report.Changed} changed (--allow-shrink imports it)"));
            }
            return CliOutput.BadInput($"{path}: not imported: {Where(failure)}: {failure.Message}. The versions already loaded are unchanged.");
        }
        var version = report.Version!;
        if (!report.Stored)
        {
            Console.WriteLine($"{version} is already loaded; nothing changed.");
            return ExitCodes.Ok;
        }
        var later = version.Date > DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime) ? " (not yet: it is stored, and served from that date)" : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"imported {version}: {report.Entries} entries, {report.Issues.Length} record issue(s); in force from {version.Date:yyyy-MM-dd}{later}"));
        if (report.Newest)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {report.Added} added, {report.Removed} removed, {report.Changed} changed; {report.CustomersScored} customer(s) screened again, {report.Raised.Count} alert(s) raised, {report.Delisted} delisted"));
        }
        return ExitCodes.Ok;
    }

    /// <summary>"file.xml line 244, column 3, element INDIVIDUAL, record KPi.033".</summary>
    static string Where(Interdict.Lists.ImportIssue issue)
    {
        var parts = new List<string> { issue.Origin };
        if (issue.Line > 0) parts.Add(string.Create(CultureInfo.InvariantCulture, $"line {issue.Line}"));
        if (issue.Column is { } column) parts.Add(string.Create(CultureInfo.InvariantCulture, $"column {column}"));
        if (issue.Element is { } element) parts.Add($"element {element}");
        if (issue.Record is { } record) parts.Add($"record {record}");
        return string.Join(", ", parts);
    }

    static async Task<int> Update(CliContext context, ParseResult parse, CancellationToken cancellation)
    {
        var source = (parse.GetValue(SourceOption) ?? "un").ToLowerInvariant();
        var official = OfficialSources.Find(source);
        if (official is null) return CliOutput.UsageError($"--source '{source}' is not one of: {string.Join(", ", OfficialSources.All.Select(s => s.Source))}");
        var download = Directory.CreateTempSubdirectory("interdict-update-");
        try
        {
            foreach (var (url, fileName) in official.Files)
            {
                var failure = await Downloader.TryDownloadAsync(url, Path.Combine(download.FullName, fileName), cancellation).ConfigureAwait(false);
                if (failure is not null)
                {
                    Console.Error.WriteLine($"interdict: cannot fetch the {source} list from {url}: {failure}. No network? Nothing changed; import a file you have with `interdict lists import FILE`.");
                    return ExitCodes.Unreachable;
                }
            }
            var path = official.Files.Count == 1 ? Path.Combine(download.FullName, official.Files[0].FileName) : download.FullName;
            // A file fetched now from the publisher is its publication of today (for a format that carries no date).
            return await ImportFiles(context, parse, path, new ListImportOptions(new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero), parse.GetValue(AllowShrinkOption)), cancellation).ConfigureAwait(false);
        }
        finally
        {
            download.Delete(recursive: true);
        }
    }
}
