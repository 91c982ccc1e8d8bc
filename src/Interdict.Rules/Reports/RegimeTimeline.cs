using Interdict.Rules.Model;

namespace Interdict.Rules.Reports;

/// <summary>When each measure of a rulebook started, changed and ended.</summary>
public static class RegimeTimeline
{
    /// <summary>Every dated change, oldest first.</summary>
    public static IReadOnlyList<TimelineEvent> Events(Rulebook rulebook)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        var events = new List<TimelineEvent>();
        foreach (var measure in rulebook.Measures)
        {
            var citation = string.Join(", ", measure.Citations);
            var replaces = measure.Relations.Supersedes.Concat(measure.Relations.PartlySupersedes).ToList();
            events.Add(new(measure.Validity.From, measure.Id, citation, "starts",
                measure.Summary + (replaces.Count > 0 ? $" (replaces {string.Join(", ", replaces)})" : "")
                + (measure.Relations.TightenedBy.Length > 0 ? $"; later tightened by {string.Join(", ", measure.Relations.TightenedBy)}" : "")));
            if (measure.Validity.Until is { } until)
            {
                var by = measure.Relations.SupersededBy.Length > 0 ? $"superseded by {string.Join(", ", measure.Relations.SupersededBy)}" : "ends";
                events.Add(new(until, measure.Id, citation, "ends", $"no longer applies from this day ({by})"));
            }
            foreach (var exemption in measure.Exemptions)
            {
                if (exemption.Validity is { } v && v.From > measure.Validity.From)
                    events.Add(new(v.From, measure.Id, citation, "exemption starts", $"{exemption.Id}: {exemption.Summary}"));
                if (exemption.Validity?.Until is { } end && end != measure.Validity.Until)
                    events.Add(new(end, measure.Id, citation, "exemption ends", $"{exemption.Id} no longer applies"));
                if (exemption.Mechanism == "wind_down" && LastWindowDay(exemption) is { } last)
                    events.Add(new(last.AddDays(1), measure.Id, citation, "window closed", $"{exemption.Id}: last day was {last:yyyy-MM-dd}"));
            }
            foreach (var cap in measure.Caps.Where(c => c.MeasureId == measure.Id))
            {
                events.Add(new(cap.From, measure.Id, citation, cap.Operative ? "cap period starts" : "cap (never operative)",
                    $"{cap.Id}: {cap.Commodity}{(cap.Recurrence == CapRecurrence.None ? $" to {cap.To:yyyy-MM-dd}" : $", {cap.Recurrence}")}"));
            }
        }
        return [.. events.OrderBy(e => e.Date).ThenBy(e => e.MeasureId, StringComparer.Ordinal)];
    }

    private static DateOnly? LastWindowDay(Exemption exemption)
    {
        DateOnly? last = null;
        Walk(exemption.When);
        return last;

        void Walk(Condition? condition)
        {
            switch (condition)
            {
                case FactCondition { Fact: "date", Test: FactTest.NotAfter } f: last = f.Date; break;
                case CombinedCondition c: foreach (var part in c.Parts) Walk(part); break;
            }
        }
    }
}
