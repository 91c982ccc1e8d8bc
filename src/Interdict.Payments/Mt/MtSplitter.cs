namespace Interdict.Payments.Mt;

/// <summary>Cuts a text of FIN messages into messages and their blocks: one message, a file of several, an RJE batch
/// separated by <c>$</c>, with or without acknowledgements.</summary>
/// <remarks>Hand-written on purpose: no maintained .NET library parses FIN (the open-source parsers are Java and
/// Ballerina), and the block syntax is small. A message that cannot be cut (a block never closed, text outside blocks)
/// is reported with its line and the splitter resumes at the next <c>{1:</c>, so one bad message does not hide the rest.</remarks>
sealed class MtSplitter
{
    readonly string _text;
    readonly List<int> _lineStarts = [0];
    int _position;

    MtSplitter(string text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') _lineStarts.Add(i + 1);
        }
    }

    /// <summary>Every message in <paramref name="text"/>, or the reason a piece of it is not one.</summary>
    public static List<(MtBlocks? Message, int Line, int? Column, string? Error)> Split(string text) => new MtSplitter(text).Run();

    int LineOf(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    int ColumnOf(int offset) => offset - _lineStarts[LineOf(offset) - 1] + 1;

    List<(MtBlocks?, int, int?, string?)> Run()
    {
        var found = new List<(MtBlocks?, int, int?, string?)>();
        MtBlocks? current = null;
        while (true)
        {
            SkipSeparators();
            if (_position >= _text.Length) break;
            var strayLine = LineOf(_position);
            if (current is not null && Stray(out var stray))
            {
                // Published samples carry a doubled '}' after the text block, or a lone '{' before the RJE separator;
                // neither hides content, so the message is kept with a note rather than refused.
                current.Notes.Add((strayLine, stray));
                continue;
            }
            var start = _position;
            if (_text[_position] != '{')
            {
                if (current is not null) { found.Add((current, current.StartLine, null, null)); current = null; }
                found.Add((null, LineOf(start), ColumnOf(start), "text outside any block (a FIN block starts with '{')"));
                Resync(start + 1);
                continue;
            }
            var colon = _text.IndexOf(':', _position);
            var id = colon > _position + 1 && colon - _position <= 4 ? _text[(_position + 1)..colon] : "";
            if (id.Length == 0)
            {
                if (current is not null) { found.Add((current, current.StartLine, null, null)); current = null; }
                found.Add((null, LineOf(start), ColumnOf(start), "a block without an identifier ('{1:' to '{5:', '{S:')"));
                Resync(start + 1);
                continue;
            }
            _position = colon + 1;
            string? content;
            string? error;
            var subBlocks = false;
            if (id == "4" && _position < _text.Length && _text[_position] != '{')
            {
                content = ReadTextBlock(out error);
            }
            else
            {
                subBlocks = id == "4";
                content = ReadBraced(out error);
            }
            if (content is null)
            {
                if (current is not null) current = null;
                found.Add((null, LineOf(start), ColumnOf(start), $"block {{{id}: {error}"));
                Resync(start + 1);
                continue;
            }
            switch (id)
            {
                case "1":
                    if (current is not null) found.Add((current, current.StartLine, null, null));
                    current = new MtBlocks { StartLine = LineOf(start), Basic = content, BasicLine = LineOf(start) };
                    break;
                case "2" or "3" or "4" or "5" or "S" when current is null:
                    found.Add((null, LineOf(start), ColumnOf(start), $"block {{{id}: comes before any basic header block {{1:"));
                    Resync(_position);
                    break;
                case "2":
                    current!.Application = content;
                    current.ApplicationLine = LineOf(start);
                    break;
                case "3":
                    current!.UserLine = LineOf(start);
                    ReadSubBlocks(content, current.User);
                    break;
                case "4":
                    current!.Text = content;
                    current.TextLine = LineOf(start);
                    current.TextIsSubBlocks = subBlocks;
                    break;
                default:
                    // Block 5 (trailers: MAC, CHK, PDE…) and the S block carry nothing to screen.
                    break;
            }
        }
        if (current is not null) found.Add((current, current.StartLine, null, null));
        return found;
    }

    /// <summary>A lone <c>}</c>, or a <c>{</c> with nothing after it before the next separator: skipped with a note.</summary>
    bool Stray(out string note)
    {
        note = "";
        var c = _text[_position];
        if (c == '}')
        {
            note = "a stray '}' after the message's last block was ignored";
            _position++;
            return true;
        }
        var next = _position + 1;
        while (next < _text.Length && _text[next] is ' ' or '\t' or '\r' or '\n') next++;
        if (next >= _text.Length || _text[next] == '$')
        {
            note = "a lone '{' after the message's last block was ignored";
            _position = next;
            return true;
        }
        return false;
    }

    /// <summary>White space, RJE's <c>$</c> separator, and SOH/ETX framing characters between messages.</summary>
    void SkipSeparators()
    {
        while (_position < _text.Length && (char.IsWhiteSpace(_text[_position]) || _text[_position] is '$' or '\u0001' or '\u0003' or '\uFEFF'))
        {
            _position++;
        }
    }

    /// <summary>After a fault, goes on at the next basic header block.</summary>
    void Resync(int from)
    {
        var next = _text.IndexOf("{1:", Math.Min(from, _text.Length), StringComparison.Ordinal);
        _position = next < 0 ? _text.Length : next;
    }

    /// <summary>Block 4 in text form: up to the line <c>-}</c>.</summary>
    string? ReadTextBlock(out string? error)
    {
        error = null;
        var end = _text.IndexOf("\n-}", _position, StringComparison.Ordinal);
        var nextMessage = _text.IndexOf("{1:", _position, StringComparison.Ordinal);
        if (end < 0 || (nextMessage >= 0 && nextMessage < end))
        {
            error = "the text block never ends (no line '-}'): the message is truncated";
            return null;
        }
        var content = _text[_position..(end + 1)];
        _position = end + 3;
        return content;
    }

    /// <summary>A block whose end is the brace that balances its opening one.</summary>
    string? ReadBraced(out string? error)
    {
        error = null;
        var depth = 1;
        for (var i = _position; i < _text.Length; i++)
        {
            var c = _text[i];
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0)
            {
                var content = _text[_position..i];
                _position = i + 1;
                return content;
            }
            else if (c == '\n' && depth == 1 && _text.AsSpan(i + 1).StartsWith("{1:", StringComparison.Ordinal))
            {
                break;
            }
        }
        error = "the block is never closed ('}' missing): the message is truncated";
        return null;
    }

    static void ReadSubBlocks(string content, List<(string, string)> into)
    {
        var position = 0;
        while (position < content.Length)
        {
            var open = content.IndexOf('{', position);
            if (open < 0) break;
            var close = content.IndexOf('}', open);
            if (close < 0) break;
            var inner = content[(open + 1)..close];
            var colon = inner.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0) into.Add((inner[..colon], inner[(colon + 1)..]));
            position = close + 1;
        }
    }
}
