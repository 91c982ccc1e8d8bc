using System.CommandLine;
using Interdict.Cli.Commands.Rules;
using Interdict.Rules.Hs;
using Spectre.Console;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict hs 2701</c> or <c>interdict hs "coal"</c>: look HS codes up, with the measures that cover them.</summary>
static class HsCommand
{
    static readonly Argument<string> QueryArgument = new("query") { Description = "An HS code (2701, 2701.11) or words of a description" };

    public static Command Create(CliContext context)
    {
        _ = context;
        var command = new Command("hs", "Look up HS codes by code or description") { QueryArgument };
        command.SetAction((parse, cancellation) => Task.FromResult(Run(parse.GetValue(QueryArgument) ?? "")));
        return command;
    }

    static int Run(string query)
    {
        var nomenclature = HsNomenclature.Embedded;
        if (HsCode.TryParse(query, out var code)) return ShowCode(nomenclature, code);
        var found = nomenclature.Search(query);
        if (found.Count == 0)
        {
            // Finding nothing is an answer, not bad input (exit 0), as grep-like searches in this CLI go.
            Console.Error.WriteLine($"interdict: no HS description contains '{query}'");
            return ExitCodes.Ok;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumn("code").AddColumn("description");
        foreach (var entry in found) table.AddRow(Markup.Escape(entry.Code.ToString()), Markup.Escape(entry.Description));
        AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }

    static int ShowCode(HsNomenclature nomenclature, HsCode code)
    {
        var lineage = nomenclature.Lineage(code);
        if (lineage.Count == 0) return CliOutput.BadInput($"HS {code} is not in the nomenclature");
        var section = lineage[0].Section;
        AnsiConsole.MarkupLine(Markup.Escape($"Section {section}: {nomenclature.SectionName(section)}"));
        foreach (var entry in lineage) AnsiConsole.MarkupLine(Markup.Escape($"{new string(' ', entry.Code.Level - 2)}{entry.Code}  {entry.Description}"));
        if (nomenclature.Find(code) is null) AnsiConsole.MarkupLine(Markup.Escape($"({code} itself is not in the nomenclature)"));
        foreach (var child in nomenclature.Children(code)) AnsiConsole.MarkupLine(Markup.Escape($"{new string(' ', child.Code.Level - 2)}{child.Code}  {child.Description}"));
        if (!RulesRuntime.TryLoad("un-dprk", out var rulebook)) return ExitCodes.BadInput;
        var table = new Table().Border(TableBorder.Rounded).Title("DPRK measures on this code or above it")
            .AddColumn("measure").AddColumn("basis").AddColumn("valid").AddColumn("mapping");
        foreach (var measure in rulebook!.Measures)
        {
            if (measure.Goods is null) continue;
            foreach (var rule in measure.Goods.Hs.Where(r => r.Code.Covers(code) || code.Covers(r.Code)).Take(1))
            {
                table.AddRow(Markup.Escape(measure.Id), Markup.Escape(string.Join(", ", measure.Citations)), Markup.Escape(measure.Validity.ToString()),
                    Markup.Escape($"{rule.Code} ({rule.Basis.ToString().ToUpperInvariant()}){(rule.Code.Covers(code) ? "" : ": part of this code only")}"));
            }
        }
        AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }
}
