using System.Globalization;
using System.Net;
using System.Text;
using Interdict.Rules.Model;
using Interdict.Rules.Reports;

namespace Interdict.Server.Console;

/// <summary>Draws the regime's history as one SVG: a lane per measure, grouped by kind, from the first resolution to
/// today — a bar while the measure is in force, amber where a cap governs, a triangle where a later measure tightened
/// it, a diamond where a wind-down window closed — with every resolution marked by a dashed line. With a proposal,
/// the measures it would lift are outlined red and those it would exempt dashed red.</summary>
/// <remarks>Drawn from the rulebook alone (the same model the checks use), on the server, with no script or network.
/// Every lane is labelled in the left column with its paragraph and short name (readable without hovering), every bar
/// is a link to its measure and carries a title for assistive technology; the selected measure's lane is highlighted.
/// The drawing keeps its width: in a narrow window its frame scrolls sideways (the labels are at the scroll's start).</remarks>
static class TimelineSvg
{
    const int Left = 330, Right = 20, Top = 78, Lane = 15, BarHeight = 9, GroupGap = 22, Width = 1400, ShortName = 34, LabelLength = 50;

    /// <summary>The SVG of the timeline; <paramref name="link"/> gives each measure's address (keeping the page's
    /// scenario), <paramref name="selected"/> the measure to highlight.</summary>
    public static string Draw(Rulebook rulebook, DateOnly today, IReadOnlyList<ProposalDiffEntry>? scenario, Func<string, string> link, string? selected = null)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(rulebook);
        var start = new DateOnly(rulebook.Resolutions.Min(r => r.Adopted).Year, 1, 1);
        var end = new DateOnly(today.Year + 1, 1, 1);
        double X(DateOnly day) => Left + (Width - Left - Right) * (day.DayNumber - start.DayNumber) / (double)(end.DayNumber - start.DayNumber);
        var lifted = scenario?.Where(e => e.Change == "lift").Select(e => e.MeasureId).ToHashSet(StringComparer.Ordinal) ?? [];
        var exempted = scenario?.Where(e => e.Change == "exempt").Select(e => e.MeasureId).ToHashSet(StringComparer.Ordinal) ?? [];
        var windows = RegimeTimeline.Events(rulebook).Where(e => e.Change == "window closed").ToLookup(e => e.MeasureId, StringComparer.Ordinal);
        var groups = rulebook.Measures.GroupBy(m => m.Kind, StringComparer.Ordinal)
            .OrderBy(g => g.Min(m => m.Validity.From)).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var height = Top + groups.Sum(g => g.Count() * Lane + GroupGap) + 30;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg id=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"timeline-title\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"timeline-title\">{rulebook.Measures.Length} measures of {Escape(rulebook.Title)} by kind, {start.Year} to {today:yyyy-MM-dd}</title>");
        svg.Append("<defs><pattern id=\"capped\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"2\" height=\"4\" fill=\"#b26b00\"/></pattern></defs>");
        for (var year = start.Year; year <= today.Year; year++)
        {
            var x = X(new DateOnly(year, 1, 1));
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" y1=\"{Top - 14}\" x2=\"{x:0.#}\" y2=\"{height - 30}\" stroke=\"#e3e7eb\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"year\" x=\"{x + 2:0.#}\" y=\"{Top - 4}\" font-size=\"10\" fill=\"#4d5661\">{year}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 2:0.#}\" y=\"{height - 16}\" font-size=\"10\" fill=\"#4d5661\">{year}</text>");
        }
        // Resolutions of 2016–2017 come months apart: their labels go on up to four rows so none overlaps another.
        var rowEnds = new double[4];
        Array.Fill(rowEnds, double.MinValue);
        foreach (var resolution in rulebook.Resolutions.OrderBy(r => r.Adopted))
        {
            var x = X(resolution.Adopted);
            var row = Array.FindIndex(rowEnds, end => x - end >= 32);
            if (row < 0) row = 0;
            rowEnds[row] = x;
            var labelY = 14 + row * 13;
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"resolution\"><title>{Escape(resolution.Symbol)} adopted {resolution.Adopted:yyyy-MM-dd}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" y1=\"{labelY + 3}\" x2=\"{x:0.#}\" y2=\"{height - 30}\" stroke=\"#102a43\" stroke-dasharray=\"3 3\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{labelY}\" font-size=\"11\" font-weight=\"600\" text-anchor=\"middle\" fill=\"#102a43\">{Escape(resolution.Number)}</text></g>");
        }
        var y = Top;
        foreach (var group in groups)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"kind\" x=\"6\" y=\"{y + 12}\" font-size=\"12\" font-weight=\"600\" fill=\"#1b1f24\">{Escape(Labels.Of(group.Key))}</text>");
            y += 17;
            foreach (var m in group.OrderBy(m => m.Validity.From).ThenBy(m => m.Id, StringComparer.Ordinal))
            {
                var from = X(m.Validity.From);
                var until = m.Validity.Until is { } u && u < end ? X(u) : X(today);
                var ended = m.Validity.Until is { } e && e <= today;
                var stroke = lifted.Contains(m.Id) ? " stroke=\"#a3200f\" stroke-width=\"2\"" : exempted.Contains(m.Id) ? " stroke=\"#a3200f\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"" : "";
                var state = lifted.Contains(m.Id) ? "; the proposal would lift it" : exempted.Contains(m.Id) ? "; the proposal would exempt part of it" : "";
                var isSelected = string.Equals(m.Id, selected, StringComparison.Ordinal);
                svg.Append(CultureInfo.InvariantCulture, $"<a href=\"{Escape(link(m.Id))}\" class=\"measure{(isSelected ? " selected" : "")}\" data-measure=\"{Escape(m.Id)}\"{(isSelected ? " aria-current=\"true\"" : "")}>");
                if (isSelected) svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"{y - 3}\" width=\"{Width}\" height=\"{Lane}\" fill=\"#ffe08a\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"lane\" x=\"14\" y=\"{y + BarHeight - 1}\" font-size=\"11\" fill=\"#1b1f24\"{(isSelected ? " font-weight=\"700\"" : "")}>{Escape(LaneLabel(m))}</text>");
                svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(m.Id)} ({Escape(string.Join(", ", m.Citations))}): {Escape(m.Summary)} — {PlainLanguage.InForce(m.Validity)}{state}</title>");
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{from:0.#}\" y=\"{y}\" width=\"{Math.Max(2, until - from):0.#}\" height=\"{BarHeight}\" rx=\"2\" fill=\"{(ended ? "#9aa5b1" : "#0b57a4")}\"{stroke}/>");
                foreach (var cap in m.Caps.Where(c => c.MeasureId == m.Id && c.Operative))
                {
                    var capFrom = X(cap.From);
                    var capTo = cap.To is { } t ? X(t) : until;
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{capFrom:0.#}\" y=\"{y}\" width=\"{Math.Max(2, capTo - capFrom):0.#}\" height=\"{BarHeight}\" fill=\"url(#capped)\" opacity=\"0.9\"/>");
                }
                foreach (var by in m.Relations.TightenedBy)
                {
                    if (rulebook.FindMeasure(by) is not { } tighter) continue;
                    var x = X(tighter.Validity.From);
                    svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{x:0.#} {y - 1} l4 {BarHeight + 2} h-8 z\" fill=\"#d9480f\"/>");
                }
                foreach (var window in windows[m.Id])
                {
                    var x = X(window.Date);
                    svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{x:0.#} {y - 1} l4 5 l-4 5 l-4 -5 z\" fill=\"#5f3dc4\"/>");
                }
                svg.Append("</a>");
                y += Lane;
            }
            y += GroupGap - 17;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"0\" y1=\"{y - 2}\" x2=\"{Width}\" y2=\"{y - 2}\" stroke=\"#c9d0d8\"/>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A lane's label: the paragraphs and the measure's short name ("2321 op26 · Coal, iron and iron ore").</summary>
    public static string LaneLabel(Measure m)
    {
        ArgumentNullException.ThrowIfNull(m);
        // The first paragraph names the lane; the others are in the detail ("1718 op8(d) and 2 more").
        var paragraphs = m.Citations.Length switch { 0 => "", 1 => m.Citations[0].ToString(), var n => $"{m.Citations[0]} +{n - 1}" };
        return $"{paragraphs} · {Short(m.Summary, LabelLength - paragraphs.Length - 3)}";
    }

    /// <summary>A summary's first clause, cut at a word to fit the label column.</summary>
    public static string Short(string summary, int length = ShortName)
    {
        var end = summary.Length;
        foreach (var stop in new[] { " (", ": ", "; ", " — ", ", but", " except" })
        {
            var at = summary.IndexOf(stop, StringComparison.Ordinal);
            if (at > 0 && at < end) end = at;
        }
        var text = summary[..end].TrimEnd(',', '.', ' ');
        if (text.Length <= length) return text;
        var cut = text.LastIndexOf(' ', length - 1);
        return text[..(cut > 10 ? cut : length - 1)].TrimEnd(',', ' ') + "…";
    }

    static string Escape(string text) => WebUtility.HtmlEncode(text);
}
