using System.CommandLine;
using Interdict.Cli.Commands.Rules;
using Interdict.Cli.Output;
using Interdict.Rules.Hs;
using Interdict.Rules.Model;
using Spectre.Console;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict hs 2701</c> or <c>interdict hs "coal"</c>: look HS codes up, with the measures that cover them.</summary>
static class HsCommand
{
    static readonly Argument<string> QueryArgument = new("query") { Description = "An HS code (2701, 2701.11) or words of a description" };

    static readonly Column<HsEntry>[] EntryColumns =
    [
        new("code", "code", e => e.Code.ToString()),
        new("description", "description", e => e.Description),
        new("section", "section", e => e.Section),
    ];

    /// <summary>A measure on the code looked up, or on a code above or below it.</summary>
    sealed record Covering(Measure Measure, HsRule Rule, bool Whole);

    public static Command Create(CliContext context)
    {
        _ = context;
        var command = new Command("hs", "Look up HS codes by code or description") { QueryArgument, OutputFormats.Option };
        command.SetAction((parse, cancellation) => Task.FromResult(Run(parse)));
        return command;
    }

    static int Run(ParseResult parse)
    {
        if (!OutputFormats.TryChoose(parse, null, batch: false, out var format)) return ExitCodes.Usage;
        var query = parse.GetValue(QueryArgument) ?? "";
        var nomenclature = HsNomenclature.Embedded;
        if (HsCode.TryParse(query, out var code)) return ShowCode(nomenclature, code, format);
        var found = nomenclature.Search(query);
        if (found.Count == 0)
        {
            // Finding nothing is an answer, not bad input (exit 0), as grep-like searches in this CLI go.
            Console.Error.WriteLine($"interdict: no HS description contains '{query}'");
            if (format == OutputFormat.Table) return ExitCodes.Ok;
        }
        RecordWriter<HsEntry>.Print(new RecordShape<HsEntry>
        {
            Name = "codes",
            JsonHeader = json => json.WriteString("query", query),
            Columns = EntryColumns,
        }, format, found);
        return ExitCodes.Ok;
    }

    static int ShowCode(HsNomenclature nomenclature, HsCode code, OutputFormat format)
    {
        var lineage = nomenclature.Lineage(code);
        if (lineage.Count == 0) return CliOutput.BadInput($"HS {code} is not in the nomenclature");
        if (!RulesRuntime.TryLoad("un-dprk", out var rulebook)) return ExitCodes.BadInput;
        var section = lineage[0].Section;
        var children = nomenclature.Children(code);
        var covering = rulebook!.Measures.Where(m => m.Goods is not null)
            .SelectMany(m => m.Goods!.Hs.Where(r => r.Code.Covers(code) || code.Covers(r.Code)).Take(1).Select(r => new Covering(m, r, r.Code.Covers(code))))
            .ToArray();
        RecordWriter<Covering>.Print(new RecordShape<Covering>
        {
            Name = "measures",
            JsonHeader = json =>
            {
                json.WriteString("code", code.ToString());
                json.WriteBoolean("in_nomenclature", nomenclature.Find(code) is not null);
                json.WriteString("section", section);
                json.WriteString("section_name", nomenclature.SectionName(section));
                WriteEntries(json, "lineage", lineage);
                WriteEntries(json, "children", children);
            },
            Columns =
            [
                new("measure", "measure", c => c.Measure.Id),
                new("basis", "basis", c => c.Measure.Citations.Select(x => x.ToString()).ToArray()),
                new("valid", "valid", c => c.Measure.Validity.ToString()),
                new("hs", "hs", c => c.Rule.Code.ToString()),
                new("hs_basis", "hs basis", c => c.Rule.Basis.ToString().ToUpperInvariant()),
                new("whole_code", "whole code", c => c.Whole),
            ],
            Table = (console, measures) =>
            {
                console.MarkupLine(Markup.Escape($"Section {section}: {nomenclature.SectionName(section)}"));
                foreach (var entry in lineage) console.MarkupLine(Markup.Escape($"{new string(' ', entry.Code.Level - 2)}{entry.Code}  {entry.Description}"));
                if (nomenclature.Find(code) is null) console.MarkupLine(Markup.Escape($"({code} itself is not in the nomenclature)"));
                foreach (var child in children) console.MarkupLine(Markup.Escape($"{new string(' ', child.Code.Level - 2)}{child.Code}  {child.Description}"));
                var table = new Table().Border(TableBorder.Rounded).Title("DPRK measures on this code or above it")
                    .AddColumn("measure").AddColumn("basis").AddColumn("valid").AddColumn("mapping");
                foreach (var c in measures)
                {
                    table.AddRow(Markup.Escape(c.Measure.Id), Markup.Escape(string.Join(", ", c.Measure.Citations)), Markup.Escape(c.Measure.Validity.ToString()),
                        Markup.Escape($"{c.Rule.Code} ({c.Rule.Basis.ToString().ToUpperInvariant()}){(c.Whole ? "" : ": part of this code only")}"));
                }
                console.Write(table);
            },
        }, format, covering);
        return ExitCodes.Ok;
    }

    static void WriteEntries(System.Text.Json.Utf8JsonWriter json, string name, IReadOnlyList<HsEntry> entries)
    {
        json.WriteStartArray(name);
        foreach (var entry in entries)
        {
            json.WriteStartObject();
            json.WriteString("code", entry.Code.ToString());
            json.WriteString("description", entry.Description);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
