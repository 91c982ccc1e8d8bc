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

    /// <summary>The reader settings for sources of at most <paramref name="maxCharacters"/>: built once per parser and
    /// shared (settings are read-only once a reader has been created from them).</summary>
    public static XmlReaderSettings Settings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    /// <summary>Reads the whole text; on malformed input returns null and says where.</summary>
    public static XmlNode? Read(string text, XmlReaderSettings settings, out string? error, out int errorLine, out int errorColumn)
    {
        error = null;
        errorLine = 0;
        errorColumn = 0;
        var context = new XmlParserContext(ElementNames.ForThisThread(), null, null, XmlSpace.None);
        using var reader = XmlReader.Create(new StringReader(text), settings, context);
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
                        else current.AddChild(node);
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
        var children = node.Children;
        if (children.Count == 0) return;
        // Elements have a handful of children: counting among the earlier siblings costs less than a dictionary per
        // element. A long list (hostile or odd input) is counted with one, so the cost stays linear.
        if (children.Count > 16)
        {
            NumberMany(children);
            return;
        }
        for (var i = 0; i < children.Count; i++)
        {
            var index = 1;
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(children[j].Name, children[i].Name, StringComparison.Ordinal)) index++;
            }
            children[i].Index = index;
        }
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            var several = child.Index > 1;
            for (var j = i + 1; j < children.Count && !several; j++)
            {
                several = string.Equals(children[j].Name, child.Name, StringComparison.Ordinal);
            }
            child.ShowIndex = several || Repeating.Contains(child.Name);
        }
    }

    static void NumberMany(List<XmlNode> children)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var child in children)
        {
            counts[child.Name] = counts.GetValueOrDefault(child.Name) + 1;
            child.Index = counts[child.Name];
        }
        foreach (var child in children)
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
