using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Interdict.Hosting.Csv;
using Interdict.Hosting.Screening;
using nietras.SeparatedValues;
using Spectre.Console;

namespace Interdict.Cli.Output;

/// <summary>Writes a command's records in one <see cref="OutputFormat"/>, as they come: JSON Lines and CSV stream a
/// record at a time; a JSON document is closed and a table drawn by <see cref="Complete"/> (a table must see every row
/// to size its columns, so it holds them).</summary>
/// <typeparam name="T">The record.</typeparam>
sealed class RecordWriter<T> : IDisposable
{
    readonly RecordShape<T> _shape;
    readonly OutputFormat _format;
    readonly Stream _stream;
    readonly bool _standardOutput;
    readonly Utf8JsonWriter? _json;
    readonly StreamWriter? _text;
    readonly SepWriter? _csv;
    readonly List<T> _held = [];
    bool _completed;

    /// <summary>Starts writing <paramref name="shape"/> to <paramref name="stream"/>.</summary>
    /// <param name="shape">What the records are.</param>
    /// <param name="format">How to write them.</param>
    /// <param name="stream">Where (left open).</param>
    /// <param name="standardOutput">True when <paramref name="stream"/> is standard output: a table is drawn for the terminal.</param>
    public RecordWriter(RecordShape<T> shape, OutputFormat format, Stream stream, bool standardOutput)
    {
        _shape = shape;
        _format = format;
        _stream = stream;
        _standardOutput = standardOutput;
        switch (format)
        {
            case OutputFormat.Json:
            case OutputFormat.JsonLines:
                _json = new Utf8JsonWriter(stream, MatchJson.WriterOptions);
                if (format == OutputFormat.Json && shape.Name is not null)
                {
                    _json.WriteStartObject();
                    shape.JsonHeader?.Invoke(_json);
                    _json.WriteStartArray(shape.Name);
                }
                break;
            case OutputFormat.Csv:
                _text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
                _csv = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(_text, leaveOpen: true);
                foreach (var column in shape.Columns) _csv.Header.Add(column.Key);
                break;
        }
    }

    /// <summary>Writes every record of <paramref name="records"/> to standard output, and completes.</summary>
    public static void Print(RecordShape<T> shape, OutputFormat format, IEnumerable<T> records)
    {
        using var stdout = Console.OpenStandardOutput();
        using var writer = new RecordWriter<T>(shape, format, stdout, standardOutput: true);
        foreach (var record in records) writer.Write(record);
        writer.Complete();
    }

    /// <summary>Writes one record (a table holds it until <see cref="Complete"/>).</summary>
    public void Write(T record)
    {
        switch (_format)
        {
            case OutputFormat.JsonLines:
                WriteJson(record);
                _json!.Flush();
                _stream.WriteByte((byte)'\n');
                _json.Reset(_stream);
                break;
            case OutputFormat.Json:
                if (_shape.Name is null && _held.Count > 0) throw new InvalidOperationException("a one-record document holds one record");
                WriteJson(record);
                _held.Add(record);
                break;
            case OutputFormat.Csv:
                using (var row = _csv!.NewRow())
                {
                    foreach (var column in _shape.Columns) row[column.Key].Set(CsvText(column.Value(record)));
                }
                break;
            default:
                _held.Add(record);
                break;
        }
    }

    /// <summary>Ends the output: closes the JSON document, writes the CSV header of an empty result, draws the table,
    /// and says the notes.</summary>
    public void Complete()
    {
        if (_completed) return;
        _completed = true;
        switch (_format)
        {
            case OutputFormat.Json:
                if (_shape.Name is not null)
                {
                    _json!.WriteEndArray();
                    _json.WriteEndObject();
                }
                else if (_held.Count == 0)
                {
                    _json!.WriteNullValue();
                }
                _json!.Flush();
                _stream.WriteByte((byte)'\n');
                break;
            case OutputFormat.JsonLines:
                _json!.Flush();
                break;
            case OutputFormat.Csv:
                _csv!.Dispose();
                _text!.Flush();
                break;
            default:
                DrawTable();
                break;
        }
        _stream.Flush();
        // The notes qualify the answer: beside the table for a reader, on standard error for a program, so that the
        // output itself stays parseable.
        foreach (var note in _shape.Notes)
        {
            if (_format == OutputFormat.Table && _standardOutput) Console.Out.WriteLine(note);
            else Console.Error.WriteLine($"interdict: {note}");
        }
    }

    void DrawTable()
    {
        var console = _standardOutput ? AnsiConsole.Console : FileConsole();
        if (_shape.Table is { } draw)
        {
            draw(console, _held);
        }
        else if (_held.Count == 0 && _shape.Empty is not null)
        {
            console.WriteLine(_shape.Empty);
        }
        else if (_shape.Name is null && _held.Count == 1)
        {
            // One record: a sheet of heading and value, easier to read than a one-row table of many columns.
            var sheet = new Table().Border(TableBorder.Rounded).AddColumn("").AddColumn("").HideHeaders();
            if (_shape.Title is { } title) sheet.Title(Markup.Escape(title));
            foreach (var column in _shape.Columns) sheet.AddRow(new Text(column.Heading), Cell(column, _held[0]));
            console.Write(sheet);
        }
        else
        {
            var table = new Table().Border(TableBorder.Rounded);
            if (_shape.Title is { } title) table.Title(Markup.Escape(title));
            foreach (var column in _shape.Columns) table.AddColumn(new TableColumn(Markup.Escape(column.Heading)));
            foreach (var record in _held) table.AddRow([.. _shape.Columns.Select(c => Cell(c, record))]);
            console.Write(table);
        }
    }

    /// <summary>A console that draws into the output stream: no colours, no terminal codes, as wide as the terminal (or
    /// 200 columns, or $COLUMNS: <see cref="CliOutput.FitTablesToOutput"/>).</summary>
    IAnsiConsole FileConsole()
    {
        var text = new StreamWriter(_stream, new UTF8Encoding(false), 1 << 12, leaveOpen: true) { AutoFlush = true };
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(text),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = AnsiConsole.Profile.Width;
        return console;
    }

    static Text Cell(Column<T> column, T record)
    {
        var text = TableText(column.Value(record), column.TableFormat);
        return column.Colour?.Invoke(record) is { } colour ? new Text(text, Style.Parse(colour)) : new Text(text);
    }

    void WriteJson(T record)
    {
        if (_shape.Json is { } write)
        {
            write(_json!, record);
            return;
        }
        _json!.WriteStartObject();
        foreach (var column in _shape.Columns)
        {
            _json.WritePropertyName(column.Key);
            JsonValue(_json, column.Value(record));
        }
        _json.WriteEndObject();
    }

    static void JsonValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case bool b: json.WriteBooleanValue(b); break;
            case int i: json.WriteNumberValue(i); break;
            case long l: json.WriteNumberValue(l); break;
            case double d: json.WriteNumberValue(d); break;
            case decimal m: json.WriteNumberValue(m); break;
            case IEnumerable<string> many:
                json.WriteStartArray();
                foreach (var one in many) json.WriteStringValue(one);
                json.WriteEndArray();
                break;
            default: json.WriteStringValue(Text(value)); break;
        }
    }

    static string CsvText(object? value) => value switch
    {
        string s => CsvOutput.Guard(s),
        bool b => b ? "true" : "false",
        IEnumerable<string> many => CsvOutput.Guard(string.Join("; ", many)),
        _ => Text(value),
    };

    static string TableText(object? value, string? format) => value switch
    {
        bool b => b ? "yes" : "no",
        int or long => ((IFormattable)value).ToString(format ?? "N0", CultureInfo.InvariantCulture),
        double or decimal => ((IFormattable)value).ToString(format ?? "0.00", CultureInfo.InvariantCulture),
        IEnumerable<string> many => string.Join("; ", many),
        _ => Text(value),
    };

    /// <summary>A value as text: dates ISO 8601, times in UTC with <c>Z</c>, numbers invariant.</summary>
    static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable many => string.Join("; ", many.Cast<object?>().Select(Text)),
        _ => value.ToString() ?? "",
    };

    public void Dispose()
    {
        _json?.Dispose();
        _csv?.Dispose();
        _text?.Dispose();
    }
}
