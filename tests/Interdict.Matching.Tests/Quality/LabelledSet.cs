using Interdict.Core.Lists;
using Interdict.Core.Screening;

namespace Interdict.Matching.Tests.Quality;

/// <summary>A labelled screening query of the shared evaluation format
/// (<c>id,name,type,dob,nationality,expected,category</c>).</summary>
sealed record LabelledQuery(string Id, PartyQuery Query, string[] Expected, string Category)
{
    public bool IsPositive => Expected.Length > 0;
}

static class LabelledSet
{
    public static IReadOnlyList<LabelledQuery> Read(string path)
    {
        var rows = new List<LabelledQuery>();
        using var reader = new StreamReader(path);
        reader.ReadLine(); // header
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            if (line.Length == 0) continue;
            var f = SplitCsv(line);
            var kind = f[2] switch
            {
                "person" => PartyKind.Person,
                "organization" => PartyKind.Organization,
                "vessel" => PartyKind.Vessel,
                _ => PartyKind.Unknown,
            };
            PartialDate? dob = PartialDate.TryParse(f[3], out var d) ? d : null;
            var query = new PartyQuery(f[1], kind) { DateOfBirth = dob, Nationality = f[4].Length > 0 ? f[4] : null };
            var expected = f[5] == "NONE" ? [] : f[5].Split('|');
            rows.Add(new LabelledQuery(f[0], query, expected, f[6]));
        }
        return rows;
    }

    static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
