using System.Collections.Immutable;
using System.Globalization;
using Interdict.Core.Lists;
using Interdict.Core.Screening;
using Interdict.Matching.Monitoring;

namespace Interdict.Matching.Tests.Monitoring;

/// <summary>A deterministic population of monitored parties as a bank or shipper holds them: mostly unlisted
/// persons, companies and vessels (Korean, Chinese, Russian, Arabic and Western names, and real names from another
/// list), and a share written after listed entries the way users write them.</summary>
/// <remarks>Shared with the benchmark (bench/Interdict.Benchmarks links this file), which draws a million parties.</remarks>
sealed class PartyPopulation
{
    static readonly string[] KoreanSurnames = ["Kim", "Ri", "Pak", "Choe", "Jong", "Kang", "Han", "O", "Yun", "Jang", "Rim", "Hwang", "Son", "Ryu", "Jon", "Sin", "Ko", "Mun", "Yang", "Paek", "Cha", "Ju", "Hyon", "Kye", "Nam", "Chae", "Tong", "Sim", "Won", "Myong"];
    static readonly string[] KoreanSyllables = ["Chol", "Song", "Il", "Su", "Yong", "Hyok", "Nam", "Myong", "Kwang", "Jin", "Hui", "Ho", "Sok", "Chun", "Gil", "Sun", "Ok", "Hwa", "Mi", "Ryong", "Hak", "Gyong", "Un", "Dok", "Sang", "Min", "Ju", "Hun", "Bom", "Yon", "Tae", "Chang", "Man", "Bok", "Ae", "Nyo", "Jae", "Hyon", "Kum", "Sol"];
    static readonly string[] ChineseSurnames = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo"];
    static readonly string[] ChineseGiven = ["Wei", "Fang", "Na", "Xiuying", "Min", "Jing", "Qiang", "Lei", "Jun", "Yang", "Yong", "Yan", "Jie", "Tao", "Ming", "Chao", "Xia", "Ping", "Gang", "Hui", "Jianguo", "Haiyan", "Xiaoming", "Zhiwei"];
    static readonly string[] RussianGiven = ["Ivan", "Sergei", "Dmitry", "Alexei", "Andrei", "Nikolai", "Mikhail", "Vladimir", "Olga", "Tatiana", "Elena", "Natalia", "Yuri", "Pavel", "Igor", "Oleg", "Anna", "Irina"];
    static readonly string[] RussianSurnames = ["Ivanov", "Smirnov", "Kuznetsov", "Popov", "Vasiliev", "Petrov", "Sokolov", "Mikhailov", "Novikov", "Fedorov", "Morozov", "Volkov", "Alexeev", "Lebedev", "Semenov", "Egorov", "Pavlov", "Kozlov", "Stepanov", "Nikolaev"];
    static readonly string[] ArabicGiven = ["Mohammed", "Ahmed", "Ali", "Omar", "Yusuf", "Khalid", "Hassan", "Hussein", "Ibrahim", "Abdullah", "Fatima", "Aisha", "Mariam", "Tariq", "Salim", "Karim", "Nasser", "Walid", "Faisal", "Samir"];
    static readonly string[] ArabicFamily = ["Al-Rashid", "Al-Hashimi", "Haddad", "Khoury", "Mansour", "Nasser", "Saleh", "Al-Amin", "Hamdan", "Aziz", "Farouk", "Qasim", "Al-Tamimi", "Darwish", "Al-Masri", "Shaker", "Bakr", "Zaki"];
    static readonly string[] WesternGiven = ["John", "Mary", "James", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "William", "Elizabeth", "David", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Pierre", "Marie", "Hans", "Anna", "Giovanni", "Lucia", "Carlos", "Sofia"];
    static readonly string[] WesternSurnames = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Lopez", "Muller", "Schmidt", "Dubois", "Rossi", "Bianchi", "Jansen", "Nielsen"];
    static readonly string[] CompanyWords = ["Pacific", "Golden", "Eastern", "Global", "Star", "Ocean", "Bright", "Harbour", "Northern", "United", "Silver", "Dragon", "Phoenix", "Lotus", "Summit", "Horizon", "Pioneer", "Crystal", "Delta", "Royal", "Jade", "Maple", "Orient", "Victory", "Unity"];
    static readonly string[] CompanyKinds = ["Trading", "Shipping", "Logistics", "Industries", "Holdings", "Import Export", "Electronics", "Chemicals", "Textiles", "Machinery", "Foods", "Metals", "Mining", "Energy", "Marine"];
    static readonly string[] CompanyForms = ["Co Ltd", "Ltd", "LLC", "Corporation", "GmbH", "SA", "Limited", "Company", "JSC", "Pte Ltd"];
    static readonly string[] VesselWords = ["Star", "Glory", "Fortune", "Ocean", "Sea", "Wind", "Pearl", "Spirit", "Dawn", "Harmony", "Prosperity", "Hope", "Light", "Wave", "Eagle"];
    static readonly string[] Nationalities = ["KP", "KR", "CN", "RU", "US", "GB", "DE", "FR", "AE", "SG", "JP", "IR", "SY", "IN"];

    /// <summary>Romanisations that users write for the same Korean syllable (as the list writes it first).</summary>
    static readonly (string Listed, string Written)[] Romanisations =
    [
        ("ri", "lee"), ("ri", "yi"), ("pak", "park"), ("choe", "choi"), ("jong", "chong"), ("kwang", "gwang"),
        ("chol", "cheol"), ("o", "oh"), ("song", "seong"), ("yong", "young"), ("hyok", "hyeok"), ("il", "ill"),
        ("kim", "gim"), ("sok", "seok"), ("gil", "kil"), ("myong", "myeong"), ("ryong", "ryeong"), ("jin", "chin"),
    ];

    readonly Random _random;
    readonly ListEntry[] _listed;
    readonly string[] _otherNames;

    /// <param name="seed">The same seed draws the same parties.</param>
    /// <param name="listed">Entries whose names some parties are written after (both list versions).</param>
    /// <param name="otherNames">Real names of parties not on the lists screened (OFAC names, for a UN screening).</param>
    public PartyPopulation(int seed, IEnumerable<ListEntry> listed, IEnumerable<string> otherNames)
    {
        _random = new Random(seed);
        _listed = [.. listed];
        _otherNames = [.. otherNames];
    }

    /// <summary>Draws <paramref name="count"/> parties, ids <c>P0000001</c>…, a share <paramref name="nearListed"/>
    /// of them written after a listed entry.</summary>
    public IEnumerable<MonitoredParty> Draw(int count, double nearListed)
    {
        for (var i = 0; i < count; i++)
        {
            var id = "P" + (i + 1).ToString("D7", CultureInfo.InvariantCulture);
            var roll = _random.NextDouble();
            yield return new MonitoredParty(id, roll < nearListed ? NearListed() : roll < nearListed + 0.1 && _otherNames.Length > 0 ? Other() : Synthetic());
        }
    }

    PartyQuery Other()
    {
        var name = Pick(_otherNames);
        return new PartyQuery(_random.NextDouble() < 0.5 ? Typo(name) : name);
    }

    PartyQuery NearListed()
    {
        var entry = Pick(_listed);
        var kind = _random.NextDouble() < 0.8 ? entry.Kind : PartyKind.Unknown;
        // Now and then only the identifier is right: a vessel renamed, a passport under another name.
        var identifiers = entry.Identifiers.Select(i => i.Value).Concat(entry.Documents.Select(d => Identifier.Canonical(d.Number))).ToArray();
        if (identifiers.Length > 0 && _random.NextDouble() < 0.3)
        {
            var onlyIdentifier = _random.NextDouble() < 0.3;
            return new PartyQuery(onlyIdentifier ? Synthetic().Name : Vary(Pick(entry.Names.ToArray()).Full), kind)
            {
                Identifiers = [new Identifier(entry.Kind == PartyKind.Vessel ? IdentifierKind.Imo : IdentifierKind.Registration, Pick(identifiers))],
            };
        }
        var query = new PartyQuery(Vary(Pick(entry.Names.ToArray()).Full), kind);
        if (entry.Kind == PartyKind.Person && !entry.DatesOfBirth.IsEmpty)
        {
            var listed = entry.DatesOfBirth[0].From;
            var roll = _random.NextDouble();
            if (roll < 0.4) query = query with { DateOfBirth = listed };
            else if (roll < 0.6) query = query with { DateOfBirth = new PartialDate(listed.Year + _random.Next(3, 15)) };
        }
        if (!entry.Nationalities.IsEmpty && _random.NextDouble() < 0.4) query = query with { Nationality = _random.NextDouble() < 0.7 ? entry.Nationalities[0] : Pick(Nationalities) };
        return query;
    }

    /// <summary>The name as a user writes it: exact, reordered, with a typo, a romanisation variant, given names
    /// joined, a word left out.</summary>
    string Vary(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        switch (_random.Next(7))
        {
            case 0:
                return name;
            case 1 when words.Count > 1:
                var first = words[0];
                words.RemoveAt(0);
                words.Add(first);
                break;
            case 2:
                return Typo(name);
            case 3:
                for (var i = 0; i < words.Count; i++)
                {
                    var variants = Romanisations.Where(r => string.Equals(r.Listed, words[i], StringComparison.OrdinalIgnoreCase)).ToArray();
                    if (variants.Length > 0) words[i] = Pick(variants).Written;
                }
                break;
            case 4 when words.Count >= 3:
                words[^2] += words[^1].ToLowerInvariant();
                words.RemoveAt(words.Count - 1);
                break;
            case 5 when words.Count >= 3:
                words.RemoveAt(_random.Next(words.Count));
                break;
            default:
                return name.ToUpperInvariant();
        }
        return string.Join(' ', words);
    }

    string Typo(string name)
    {
        var chars = name.ToCharArray();
        var letters = Enumerable.Range(0, chars.Length).Where(i => char.IsLetter(chars[i])).ToArray();
        if (letters.Length < 4) return name;
        var at = Pick(letters);
        return _random.Next(3) switch
        {
            0 => name.Remove(at, 1),
            1 => name[..at] + (char)('a' + _random.Next(26)) + name[(at + 1)..],
            _ => name.Insert(at, name[at].ToString()),
        };
    }

    PartyQuery Synthetic()
    {
        var roll = _random.NextDouble();
        if (roll < 0.62)
        {
            var name = _random.Next(5) switch
            {
                0 => $"{Pick(KoreanSurnames)} {Pick(KoreanSyllables)} {Pick(KoreanSyllables)}",
                1 => $"{Pick(ChineseSurnames)} {Pick(ChineseGiven)}",
                2 => $"{Pick(RussianGiven)} {Pick(RussianSurnames)}",
                3 => $"{Pick(ArabicGiven)} {Pick(ArabicGiven)} {Pick(ArabicFamily)}",
                _ => $"{Pick(WesternGiven)} {Pick(WesternSurnames)}",
            };
            var query = new PartyQuery(name, PartyKind.Person);
            if (_random.NextDouble() < 0.5) query = query with { DateOfBirth = new PartialDate(1940 + _random.Next(65), 1 + _random.Next(12), 1 + _random.Next(28)) };
            if (_random.NextDouble() < 0.5) query = query with { Nationality = Pick(Nationalities) };
            return query;
        }
        if (roll < 0.92)
        {
            return new PartyQuery($"{Pick(CompanyWords)} {Pick(CompanyWords)} {Pick(CompanyKinds)} {Pick(CompanyForms)}", PartyKind.Organization)
            {
                Nationality = Pick(Nationalities),
            };
        }
        var imo = (9_000_000 + _random.Next(999_999)).ToString(CultureInfo.InvariantCulture);
        return new PartyQuery($"{Pick(VesselWords)} {Pick(VesselWords)} {_random.Next(1, 30)}", PartyKind.Vessel)
        {
            Identifiers = _random.NextDouble() < 0.7 ? [new Identifier(IdentifierKind.Imo, imo)] : ImmutableArray<Identifier>.Empty,
        };
    }

    T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
