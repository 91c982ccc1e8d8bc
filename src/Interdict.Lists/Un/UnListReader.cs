using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using Interdict.Core.Lists;

namespace Interdict.Lists;

/// <summary>One pass over one UN XML document. Not reusable and not thread-safe: <see cref="UnListParser"/> makes one per call.</summary>
sealed class UnListReader
{
    static readonly XmlReaderSettings Settings = new()
    {
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CloseInput = false,
    };

    readonly string _origin;
    readonly List<ImportIssue> _issues = [];
    readonly List<KeyValuePair<string, string?>> _group = [];
    readonly HashSet<string> _unknownReported = new(StringComparer.Ordinal);
    XmlReader _reader = null!;
    IXmlLineInfo _lineInfo = null!;
    string? _element;
    string? _reference;

    public UnListReader(string origin) => _origin = origin;

    public ImportResult Read(Stream stream)
    {
        using var reader = XmlReader.Create(stream, Settings);
        _reader = reader;
        _lineInfo = (IXmlLineInfo)reader;
        try
        {
            return ReadDocument();
        }
        catch (XmlException exception)
        {
            var where = _element is null ? "" : $" while reading <{_element}>";
            // A prohibited DTD is reported without a position (line 0).
            return ImportResult.Failed(
                new ImportIssue(_origin, exception.LineNumber, exception.LinePosition > 0 ? exception.LinePosition : null, _element, _reference,
                    $"The file is not well-formed XML{where}: {exception.Message} Nothing was imported."),
                _issues);
        }
    }

    ImportResult ReadDocument()
    {
        _reader.MoveToContent();
        if (_reader.NodeType != XmlNodeType.Element || _reader.LocalName != "CONSOLIDATED_LIST")
        {
            return ImportResult.Failed(Issue($"This is not a UN Consolidated List: the root element is <{_reader.LocalName}>, expected <CONSOLIDATED_LIST>."));
        }
        _element = "CONSOLIDATED_LIST";
        var generatedText = _reader.GetAttribute("dateGenerated");
        if (!DateTimeOffset.TryParse(generatedText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var generated))
        {
            return ImportResult.Failed(Issue($"The dateGenerated attribute of <CONSOLIDATED_LIST> is missing or not a date ('{generatedText}')."));
        }
        var entries = ImmutableArray.CreateBuilder<ListEntry>(1100);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var more = _reader.Read();
        while (more)
        {
            if (_reader.NodeType != XmlNodeType.Element || _reader.LocalName is "INDIVIDUALS" or "ENTITIES")
            {
                more = _reader.Read();
                continue;
            }
            var name = _reader.LocalName;
            if (name is not ("INDIVIDUAL" or "ENTITY"))
            {
                ReportUnknown(name);
                SkipElement();
                continue;
            }
            var line = _lineInfo.LineNumber;
            var entry = ReadRecord(name == "INDIVIDUAL" ? PartyKind.Person : PartyKind.Organization);
            more = _reader.Read();
            if (entry is null) continue;
            if (!seen.TryAdd(entry.Reference, line))
            {
                // Two records with one reference are a damaged file or two files joined: which one is the entry cannot be told.
                return ImportResult.Failed(new ImportIssue(_origin, line, null, name, entry.Reference, string.Create(CultureInfo.InvariantCulture,
                    $"The reference number {entry.Reference} appears twice (lines {seen[entry.Reference]} and {line}): the file is damaged or two lists were joined. Nothing was imported.")),
                    _issues);
            }
            entries.Add(entry);
        }
        _element = null;
        var version = new ListVersion(UnListParser.Source, generated, _origin);
        // The links the comments state, once every entry is read (a comment may name an entry listed after it).
        return ImportResult.Succeeded(new ListSnapshot(version, UnCommentLinks.Add(entries.DrainToImmutable())), _issues).WithDating(new ListDating(_origin, "dateGenerated"));
    }

    ListEntry? ReadRecord(PartyKind kind)
    {
        var recordElement = _reader.LocalName;
        var recordLine = _lineInfo.LineNumber;
        _reference = null;
        if (_reader.IsEmptyElement)
        {
            _issues.Add(new ImportIssue(_origin, recordLine, null, recordElement, null, "Empty record without reference number or name; skipped."));
            return null;
        }
        var record = new UnRecord(kind);
        var depth = _reader.Depth;
        Advance();
        while (!(_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth))
        {
            if (_reader.NodeType != XmlNodeType.Element)
            {
                Advance();
                continue;
            }
            var name = _reader.LocalName;
            _element = name;
            switch (name)
            {
                case "FIRST_NAME": record.NameParts[0] = ReadText(); break;
                case "SECOND_NAME": record.NameParts[1] = ReadText(); break;
                case "THIRD_NAME": record.NameParts[2] = ReadText(); break;
                case "FOURTH_NAME": record.NameParts[3] = ReadText(); break;
                case "NAME_ORIGINAL_SCRIPT": record.OriginalScript = ReadText(); break;
                case "UN_LIST_TYPE": record.Regime = ReadText(); break;
                case "REFERENCE_NUMBER":
                    record.Reference = ReadText();
                    _reference = record.Reference;
                    break;
                case "LISTED_ON": ReadListedOn(record); break;
                case "GENDER": record.Gender = NormalizeGender(ReadText()); break;
                case "COMMENTS1": record.Comments = ReadText(); break;
                case "TITLE": ReadValues(record.Titles); break;
                case "DESIGNATION": ReadValues(record.Designations); break;
                case "NATIONALITY": ReadValues(record.Nationalities); break;
                case "LAST_DAY_UPDATED": ReadUpdated(record); break;
                case "INDIVIDUAL_ALIAS" or "ENTITY_ALIAS": ReadAlias(record); break;
                case "INDIVIDUAL_ADDRESS" or "ENTITY_ADDRESS": ReadAddress(record); break;
                case "INDIVIDUAL_DATE_OF_BIRTH": ReadDateOfBirth(record); break;
                case "INDIVIDUAL_PLACE_OF_BIRTH": ReadPlaceOfBirth(record); break;
                case "INDIVIDUAL_DOCUMENT": ReadDocument(record); break;
                // Bookkeeping of the UN's database, not facts about the party.
                case "DATAID" or "VERSIONNUM" or "LIST_TYPE" or "SORT_KEY" or "SORT_KEY_LAST_MOD" or "SUBMITTED_ON" or "SUBMITTED_BY":
                    SkipElement();
                    break;
                default:
                    ReportUnknown(name);
                    SkipElement();
                    break;
            }
        }
        _element = recordElement;
        if (record.Reference is null)
        {
            _issues.Add(new ImportIssue(_origin, recordLine, null, recordElement, null,
                $"Record without REFERENCE_NUMBER (name '{record.PrimaryName() ?? "none"}'); skipped."));
            return null;
        }
        var entry = record.ToEntry(out var problem);
        if (problem is not null)
        {
            _issues.Add(new ImportIssue(_origin, recordLine, null, recordElement, record.Reference, problem));
        }
        return entry;
    }

    void ReadListedOn(UnRecord record)
    {
        var line = _lineInfo.LineNumber;
        var text = ReadText();
        if (text is null) return;
        if (UnListParser.TryParseDate(text, out var date)) record.ListedOn = date;
        else FieldIssue(line, "LISTED_ON", $"'{text}' is not a date; left out.");
    }

    void ReadUpdated(UnRecord record)
    {
        var line = _lineInfo.LineNumber;
        ReadGroup();
        foreach (var (name, value) in _group)
        {
            if (name != "VALUE" || value is null) continue;
            if (UnListParser.TryParseDate(value, out var date)) record.Updated.Add(date);
            else FieldIssue(line, "LAST_DAY_UPDATED", $"'{value}' is not a date; left out.");
        }
    }

    void ReadValues(List<string> into)
    {
        ReadGroup();
        foreach (var (name, value) in _group)
        {
            if (name == "VALUE" && value is not null && !into.Contains(value)) into.Add(value);
        }
    }

    void ReadAlias(UnRecord record)
    {
        var line = _lineInfo.LineNumber;
        ReadGroup();
        string? quality = null, name = null, dateOfBirth = null, city = null, country = null;
        foreach (var (field, value) in _group)
        {
            switch (field)
            {
                case "QUALITY": quality = value; break;
                case "ALIAS_NAME": name = value; break;
                case "DATE_OF_BIRTH": dateOfBirth = value; break;
                case "CITY_OF_BIRTH": city = value; break;
                case "COUNTRY_OF_BIRTH": country = value; break;
                case "NOTE": break; // free text about the alias ("previously listed as"); see docs/sources/un.md
                default: ReportUnknown(field); break;
            }
        }
        if (name is null) return; // the UN writes an empty alias element for "no alias"
        var (kind, nameQuality) = quality switch
        {
            null or "Good" or "a.k.a." => (NameKind.Alias, NameQuality.Good),
            "Low" => (NameKind.Alias, NameQuality.Low),
            "f.k.a." => (NameKind.FormerName, NameQuality.Good),
            _ => (NameKind.Alias, NameQuality.Good),
        };
        if (quality is not (null or "Good" or "a.k.a." or "Low" or "f.k.a."))
        {
            FieldIssue(line, "QUALITY", $"Unknown alias quality '{quality}' for '{name}'; taken as a good-quality alias.");
        }
        record.AddName(new PartyName(name, kind, nameQuality));
        if (dateOfBirth is not null)
        {
            if (UnListParser.TryParsePartialDate(dateOfBirth, out var date)) record.AddDateOfBirth(DateOfBirth.Exact(date));
            else FieldIssue(line, "DATE_OF_BIRTH", $"Alias date of birth '{dateOfBirth}' is not a date; left out.");
        }
        if (city is not null || country is not null) record.AddPlaceOfBirth(new Address(City: city, Country: country));
    }

    void ReadAddress(UnRecord record)
    {
        ReadGroup();
        var address = ToAddress();
        if (address is not null && !record.Addresses.Contains(address)) record.Addresses.Add(address);
    }

    void ReadPlaceOfBirth(UnRecord record)
    {
        ReadGroup();
        var address = ToAddress();
        if (address is not null) record.AddPlaceOfBirth(address);
    }

    Address? ToAddress()
    {
        string? street = null, city = null, state = null, zip = null, country = null, note = null;
        foreach (var (field, value) in _group)
        {
            switch (field)
            {
                case "STREET": street = value; break;
                case "CITY": city = value; break;
                case "STATE_PROVINCE": state = value; break;
                case "ZIP_CODE": zip = value; break;
                case "COUNTRY": country = value; break;
                case "NOTE": note = value; break;
                default: ReportUnknown(field); break;
            }
        }
        return street is null && city is null && state is null && zip is null && country is null && note is null
            ? null
            : new Address(street, city, state, zip, country, note);
    }

    void ReadDateOfBirth(UnRecord record)
    {
        var line = _lineInfo.LineNumber;
        ReadGroup();
        string? type = null, date = null, year = null, fromYear = null, toYear = null, note = null;
        foreach (var (field, value) in _group)
        {
            switch (field)
            {
                case "TYPE_OF_DATE": type = value; break;
                case "DATE": date = value; break;
                case "YEAR": year = value; break;
                case "FROM_YEAR": fromYear = value; break;
                case "TO_YEAR": toYear = value; break;
                case "NOTE": note = value; break;
                default: ReportUnknown(field); break;
            }
        }
        if (type is null && date is null && year is null && fromYear is null && toYear is null && note is null) return;
        if (string.Equals(type, "BETWEEN", StringComparison.OrdinalIgnoreCase) || (fromYear is not null && toYear is not null))
        {
            if (UnListParser.TryParsePartialDate(fromYear, out var from) && UnListParser.TryParsePartialDate(toYear, out var to) && from.Earliest <= to.Latest)
            {
                record.AddDateOfBirth(DateOfBirth.Between(from, to));
            }
            else
            {
                FieldIssue(line, "INDIVIDUAL_DATE_OF_BIRTH", $"BETWEEN date of birth with FROM_YEAR '{fromYear}' and TO_YEAR '{toYear}' is not a range; left out.");
            }
            return;
        }
        var approximate = string.Equals(type, "APPROXIMATELY", StringComparison.OrdinalIgnoreCase);
        var text = date ?? year;
        if (text is null)
        {
            if (note is null) return;
            if (TryParseNoteDate(note, out var fromNote))
            {
                record.AddDateOfBirth(approximate && fromNote.Kind == DateOfBirthKind.Exact ? DateOfBirth.Approximately(fromNote.From) : fromNote);
            }
            else
            {
                FieldIssue(line, "INDIVIDUAL_DATE_OF_BIRTH", $"Date of birth given only as text ('{note}'); not imported as a date.");
            }
            return;
        }
        if (!UnListParser.TryParsePartialDate(text, out var born))
        {
            FieldIssue(line, "INDIVIDUAL_DATE_OF_BIRTH", $"'{text}' is not a date; left out.");
            return;
        }
        // A YEAR with the month in NOTE ("Sep.").
        if (year is not null && date is null && note is not null && born.Month is null && MonthNames.Parse(note) is var month and > 0)
        {
            born = new PartialDate(born.Year, month);
        }
        record.AddDateOfBirth(approximate ? DateOfBirth.Approximately(born) : DateOfBirth.Exact(born));
    }

    void ReadDocument(UnRecord record)
    {
        ReadGroup();
        string? type = null, type2 = null, number = null, issuingCountry = null, countryOfIssue = null, city = null, issued = null, note = null;
        foreach (var (field, value) in _group)
        {
            switch (field)
            {
                case "TYPE_OF_DOCUMENT": type = value; break;
                case "TYPE_OF_DOCUMENT2": type2 = value; break;
                case "NUMBER": number = value; break;
                case "ISSUING_COUNTRY": issuingCountry = value; break;
                case "COUNTRY_OF_ISSUE": countryOfIssue = value; break;
                case "CITY_OF_ISSUE": city = value; break;
                case "DATE_OF_ISSUE": issued = value; break;
                case "NOTE": note = value; break;
                default: ReportUnknown(field); break;
            }
        }
        if (type is null && type2 is null && number is null && issuingCountry is null && countryOfIssue is null && city is null && issued is null && note is null)
        {
            return;
        }
        var kind = Classify(type) ?? Classify(type2) ?? DocumentKind.Other;
        var notes = new List<string>(4);
        if (type is not null && type is not ("Passport" or "National Identification Number")) notes.Add(type);
        if (type2 is not null) notes.Add(type2);
        if (countryOfIssue is not null && issuingCountry is not null && countryOfIssue != issuingCountry) notes.Add($"country of issue {countryOfIssue}");
        if (issued is not null) notes.Add($"issued {issued}");
        if (city is not null) notes.Add($"issued in {city}");
        if (note is not null) notes.Add(note);
        var document = new IdentityDocument(kind, number ?? "", issuingCountry ?? countryOfIssue, notes.Count == 0 ? null : string.Join("; ", notes));
        record.AddDocument(document, translated: type is not null && kind == DocumentKind.Passport && !type.Contains("passport", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Reads the month-and-year forms the UN writes in a date of birth's NOTE when it has no DATE or YEAR:
    /// <c>Nov. 1973</c>, <c>August 1961</c>, <c>Between Aug. and Sep. 1977</c>.</summary>
    internal static bool TryParseNoteDate(string note, out DateOfBirth date)
    {
        date = null!;
        var words = note.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 2 && MonthNames.Parse(words[0]) is var month and > 0 && TryYear(words[1], out var year))
        {
            date = DateOfBirth.Exact(new PartialDate(year, month));
            return true;
        }
        if (words.Length == 5 && string.Equals(words[0], "between", StringComparison.OrdinalIgnoreCase)
            && string.Equals(words[2], "and", StringComparison.OrdinalIgnoreCase)
            && MonthNames.Parse(words[1]) is var from and > 0 && MonthNames.Parse(words[3]) is var to and > 0
            && TryYear(words[4], out var rangeYear) && from <= to)
        {
            date = DateOfBirth.Between(new PartialDate(rangeYear, from), new PartialDate(rangeYear, to));
            return true;
        }
        return false;

        static bool TryYear(string text, out int year) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1000 and <= 9999;
    }

    /// <summary>Passport in English, French or Spanish, or a national identity document.</summary>
    static DocumentKind? Classify(string? type)
    {
        if (type is null) return null;
        if (type.Contains("passport", StringComparison.OrdinalIgnoreCase)
            || type.Contains("passeport", StringComparison.OrdinalIgnoreCase)
            || type.Contains("pasaporte", StringComparison.OrdinalIgnoreCase))
        {
            return DocumentKind.Passport;
        }
        if (type.Contains("national identi", StringComparison.OrdinalIgnoreCase)
            || type.Contains("national id", StringComparison.OrdinalIgnoreCase))
        {
            return DocumentKind.NationalId;
        }
        return null;
    }

    static string? NormalizeGender(string? gender)
    {
        if (gender is null) return null;
        if (string.Equals(gender, "male", StringComparison.OrdinalIgnoreCase)) return "Male";
        if (string.Equals(gender, "female", StringComparison.OrdinalIgnoreCase)) return "Female";
        return gender;
    }

    /// <summary>Reads the children of the current element as (name, cleaned text) pairs into <see cref="_group"/>;
    /// leaves the reader after the element's end.</summary>
    void ReadGroup()
    {
        _group.Clear();
        var groupElement = _reader.LocalName;
        if (_reader.IsEmptyElement)
        {
            Advance();
            return;
        }
        var depth = _reader.Depth;
        Advance();
        while (!(_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth))
        {
            if (_reader.NodeType == XmlNodeType.Element)
            {
                var name = _reader.LocalName;
                _element = name;
                _group.Add(new KeyValuePair<string, string?>(name, ReadText()));
            }
            else
            {
                Advance();
            }
        }
        _element = groupElement;
        Advance();
    }

    /// <summary>Reads the text of the current element (text of nested elements included), cleaned; leaves the reader after its end.</summary>
    string? ReadText()
    {
        if (_reader.IsEmptyElement)
        {
            Advance();
            return null;
        }
        var depth = _reader.Depth;
        Advance();
        string? text = null;
        while (!(_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth))
        {
            if (_reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                text = text is null ? _reader.Value : text + _reader.Value;
            }
            Advance();
        }
        Advance();
        return Text.Clean(text);
    }

    void SkipElement()
    {
        if (_reader.IsEmptyElement)
        {
            Advance();
            return;
        }
        var depth = _reader.Depth;
        Advance();
        while (!(_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth)) Advance();
        Advance();
    }

    void Advance()
    {
        if (!_reader.Read()) throw new XmlException("Unexpected end of file.", null, _lineInfo.LineNumber, _lineInfo.LinePosition);
    }

    void ReportUnknown(string element)
    {
        if (_unknownReported.Add(element))
        {
            _issues.Add(Issue($"Unknown element <{element}> ignored (reported once per file)."));
        }
    }

    void FieldIssue(int line, string element, string message) =>
        _issues.Add(new ImportIssue(_origin, line, null, element, _reference, message));

    ImportIssue Issue(string message) =>
        new(_origin, _lineInfo.LineNumber, _lineInfo.LinePosition, _element, _reference, message);
}
