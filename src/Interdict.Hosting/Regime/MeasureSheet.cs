using System.Globalization;
using Interdict.Rules.Hs;
using Interdict.Rules.Model;

namespace Interdict.Hosting.Regime;

/// <summary>One measure described row by row (resolution, basis, kind, rules, caps, exemptions, confidence, notes):
/// what <c>interdict regime show</c> prints and <c>GET /v1/regime/measures/{id}</c> returns.</summary>
public static class MeasureSheet
{
    /// <summary>The rows describing <paramref name="m"/>, empty values left out.</summary>
    /// <param name="m">The measure.</param>
    /// <returns>Label and text per row, in reading order.</returns>
    public static IReadOnlyList<MeasureSheetRow> Rows(Measure m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var rows = new List<MeasureSheetRow>();
        void Row(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) rows.Add(new MeasureSheetRow(label, value));
        }
        Row("resolution", $"{m.Resolution.Symbol}, adopted {m.Resolution.Adopted:yyyy-MM-dd}");
        Row("basis", $"{string.Join(", ", m.Citations)}  [{m.ParagraphText}]");
        Row("kind", $"{m.Kind}, {m.Direction}, binding: {m.Binding}");
        Row("summary", m.Summary);
        Row("valid", $"{m.Validity}{(m.ValidityNote is null ? "" : $" ({m.ValidityNote})")}");
        Row("relations", string.Join("; ", new[]
        {
            Rel("supersedes", m.Relations.Supersedes), Rel("superseded by", m.Relations.SupersededBy),
            Rel("partly supersedes", m.Relations.PartlySupersedes), Rel("partly superseded by", m.Relations.PartlySupersededBy),
            Rel("tightened by", m.Relations.TightenedBy), Rel("clarified by", m.Relations.ClarifiedBy), Rel("lifted by proposal", m.Relations.LiftedByProposal),
        }.Where(s => s.Length > 0)));
        if (m.Goods is { } goods)
        {
            Row("goods (HS)", string.Join(", ", goods.Hs.Select(h => $"{h.Code}{(h.Basis == HsBasis.Doubtful ? " (doubtful, review only)" : "")}{(h.MinUnitValueUsd is { } v ? string.Create(CultureInfo.InvariantCulture, $" above USD {v}") : "")}")));
            Row("goods (categories)", string.Join(", ", goods.Categories));
            Row("goods note", goods.Note);
        }
        foreach (var rule in m.Rules)
        {
            Row($"rule{(rule.Id is null ? "" : " " + rule.Id)}", $"{rule.Effect} {string.Join("/", rule.Activities)}"
                + (rule.Actions.Count > 0 ? $" [{string.Join(", ", rule.Actions)}]" : "")
                + (rule.Directions.Count > 0 ? $" {string.Join("/", rule.Directions)}" : "")
                + (rule.OnGoods ? " on the goods" : "") + (rule.Parties is { } p ? $" with {p}" : "")
                + (rule.When is { } w ? $" when {w.Describe()}" : "") + (rule.Validity is { } rv ? $" {rv}" : ""));
        }
        foreach (var cap in m.Caps)
        {
            Row($"cap {cap.Id}", string.Create(CultureInfo.InvariantCulture,
                $"{cap.Commodity}: {(cap.Ceiling.PerStateBaselineMonths is { } months ? $"each State's own supply in the {months} months before {cap.From:yyyy-MM-dd}" : $"{cap.Ceiling.Quantity:N0} {cap.Ceiling.Unit}")}{(cap.Ceiling.ValueUsd is { } usd ? $" / USD {usd:N0}" : "")} {cap.Ceiling.Rule}; from {cap.From:yyyy-MM-dd} {(cap.Recurrence == CapRecurrence.None ? $"to {cap.To:yyyy-MM-dd}" : cap.Recurrence.ToString())}{(cap.Operative ? "" : " (never operative)")}; {cap.Confidence}"));
        }
        foreach (var c in m.CapConditions) Row("cap condition", c.Text);
        foreach (var e in m.Exemptions)
        {
            Row($"exemption {e.Id}", $"{e.Summary} [{e.Mechanism}{(e.When is { } w ? $"; when {w.Describe()}" : "")}{(e.Applied ? "" : "; NOT APPLIED: " + e.Doubt)}] ({e.Confidence})");
        }
        Row("confidence", m.Confidence.ToString());
        foreach (var note in m.Notes) Row("note", note);
        return rows;
    }

    static string Rel(string label, IEnumerable<string> ids) => ids.Any() ? $"{label} {string.Join(", ", ids)}" : "";
}
