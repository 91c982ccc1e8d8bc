using System.Globalization;
using Interdict.Core;
using Interdict.Core.Lists;
using Interdict.Core.Screening;
using Interdict.Matching.Index;

namespace Interdict.Matching.Screening;

/// <summary>Moves a name score by the other evidence: date of birth and nationality.</summary>
/// <remarks>A same full date of birth adds 0.03, a same year 0.01; a date of birth more than a year away from
/// every listed one subtracts 0.15 (0.06 when only day or month differ); a same nationality adds 0.01 and a
/// different one subtracts 0.03. Only an identical name keeps 1.0, and a conflict lowers even that.</remarks>
static class Corroboration
{
    const double FullDateAgrees = 0.03, YearAgrees = 0.01, YearConflicts = -0.15, DayConflicts = -0.06;
    const double NationalityAgrees = 0.01, NationalityConflicts = -0.03;

    public static double Apply(double nameScore, PartyQuery query, IndexedEntry entry, List<AttributeEvidence> evidence)
    {
        var effect = DateOfBirthEffect(query.DateOfBirth, entry.Entry, evidence) + NationalityEffect(query, entry, evidence);
        if (effect == 0) return nameScore;
        var ceiling = nameScore >= 1.0 && effect > 0 ? 1.0 : 0.99;
        return Math.Clamp(nameScore + effect, 0, ceiling);
    }

    static double DateOfBirthEffect(PartialDate? given, ListEntry entry, List<AttributeEvidence> evidence)
    {
        if (given is not { } date || entry.DatesOfBirth.IsEmpty) return 0;
        DateOfBirth? closest = null;
        var bestGap = int.MaxValue;
        foreach (var listed in entry.DatesOfBirth)
        {
            var gap = YearGap(date, listed);
            if (gap < bestGap || (gap == bestGap && closest is not null && SameDay(date, listed))) (bestGap, closest) = (gap, listed);
        }
        var tolerance = closest!.Kind == DateOfBirthKind.Approximate ? 1 : 0;
        double effect;
        EvidenceOutcome outcome;
        if (bestGap > Math.Max(1, tolerance))
        {
            (effect, outcome) = (YearConflicts, EvidenceOutcome.Conflicts);
        }
        else if (bestGap > tolerance)
        {
            (effect, outcome) = (DayConflicts, EvidenceOutcome.Conflicts);
        }
        else if (date.IsComplete && closest.From.IsComplete && closest.Kind == DateOfBirthKind.Exact)
        {
            (effect, outcome) = entry.DatesOfBirth.Any(d => SameDay(date, d)) ? (FullDateAgrees, EvidenceOutcome.Agrees) : (DayConflicts, EvidenceOutcome.Conflicts);
        }
        else
        {
            (effect, outcome) = (YearAgrees, EvidenceOutcome.Agrees);
        }
        evidence.Add(new AttributeEvidence("date_of_birth", outcome, date.ToString(), closest.ToString(), effect));
        return effect;
    }

    /// <summary>Years between the given date and the listed date or range; 0 when inside.</summary>
    static int YearGap(PartialDate given, DateOfBirth listed)
    {
        if (given.Year < listed.From.Year) return listed.From.Year - given.Year;
        if (given.Year > listed.To.Year) return given.Year - listed.To.Year;
        return 0;
    }

    static bool SameDay(PartialDate given, DateOfBirth listed) =>
        given.IsComplete && listed.Kind == DateOfBirthKind.Exact && listed.From.IsComplete && listed.From == given;

    static double NationalityEffect(PartyQuery query, IndexedEntry entry, List<AttributeEvidence> evidence)
    {
        var code = Countries.ToIsoCode(query.Nationality);
        if (code is null || entry.NationalityCodes.Length == 0) return 0;
        var agrees = entry.NationalityCodes.Contains(code, StringComparer.Ordinal);
        var effect = agrees ? NationalityAgrees : NationalityConflicts;
        evidence.Add(new AttributeEvidence("nationality", agrees ? EvidenceOutcome.Agrees : EvidenceOutcome.Conflicts,
            code, string.Join(",", entry.NationalityCodes), effect));
        return effect;
    }
}
