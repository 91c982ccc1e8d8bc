using System.Xml;

namespace Interdict.Payments.Iso20022;

/// <summary>Reads XML text into an <see cref="XmlNode"/> tree, safely: no DTD, no external entities, bounded size and depth.</summary>
static class XmlTreeReader
{
    /// <summary>Elements nest deeper than this only in hostile input; the deepest CBPR+ path is about 12 levels.</summary>
    const int MaxDepth = 64;

    /// <summary>Element names that repeat by definition: their position is always shown in paths, so that a path names
    /// the same element whether or not the message happens to carry one or several.</summary>
    static readonly HashSet<string> Repeating = new(StringComparer.Ordinal)
    {
        "CdtTrfTxInf", "TxInf", "PmtInf", "Undrlyg", "AdrLine", "Ustrd", "Strd", "RgltryRptg", "Dtls",
        "InstrForNxtAgt", "InstrForCdtrAgt", "RtrRsnInf", "CxlRsnInf", "ChrgsInf", "Othr",
    };

    /// <summary>Reads the whole text; on malformed input returns null and says where.</summary>
    public static XmlNode? Read(TextReader text, long maxCharacters, out string? error, out int errorLine, out int errorColumn)
    {
        error = null;
        errorLine = 0;
        errorColumn = 0;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
        };
        using var reader = XmlReader.Create(text, settings);
        var info = (IXmlLineInfo)reader;
        XmlNode? root = null;
        XmlNode? current = null;
        var depth = 0;
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var node = new XmlNode(reader.LocalName, reader.NamespaceURI, current, info.LineNumber, info.LinePosition);
                        if (reader.HasAttributes)
                        {
                            var currency = reader.GetAttribute("Ccy");
                            if (currency is not null) node.Currency = currency.Trim();
                        }
                        if (current is null) root = node;
                        else current.Children.Add(node);
                        if (!reader.IsEmptyElement)
                        {
                            if (++depth > MaxDepth)
                            {
                                error = $"elements nest deeper than {MaxDepth} levels";
                                errorLine = info.LineNumber;
                                errorColumn = info.LinePosition;
                                return null;
                            }
                            current = node;
                        }
                        else
                        {
                            Number(node);
                        }
                        break;
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                        if (current is not null) current.Text = current.Text.Length == 0 ? reader.Value.Trim() : current.Text + reader.Value.Trim();
                        break;
                    case XmlNodeType.EndElement:
                        if (current is not null) Number(current);
                        current = current?.Parent;
                        depth--;
                        break;
                }
            }
        }
        catch (XmlException e)
        {
            error = StripPosition(e.Message);
            errorLine = e.LineNumber;
            errorColumn = e.LinePosition;
            return null;
        }
        if (root is null)
        {
            error = "the text holds no XML element";
            return null;
        }
        return root;
    }

    /// <summary>Numbers the children of a finished element among their same-named siblings.</summary>
    static void Number(XmlNode node)
    {
        if (node.Children.Count == 0) return;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var child in node.Children)
        {
            counts[child.Name] = counts.GetValueOrDefault(child.Name) + 1;
            child.Index = counts[child.Name];
        }
        foreach (var child in node.Children)
        {
            child.ShowIndex = counts[child.Name] > 1 || Repeating.Contains(child.Name);
        }
    }

    /// <summary>XmlException messages end with "Line n, position m."; the issue carries the position on its own.</summary>
    static string StripPosition(string message)
    {
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return (at > 0 ? message[..at] : message).TrimEnd('.', ' ');
    }
}
