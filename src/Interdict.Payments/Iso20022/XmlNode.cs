using System.Globalization;

namespace Interdict.Payments.Iso20022;

/// <summary>An element of an ISO 20022 message read into memory: local name, namespace, text, attributes that matter,
/// children and where it stood.</summary>
/// <remarks>Messages are small (a CBPR+ pacs.008 with every optional element is 39 KB), so a light tree is cheaper to
/// write and to navigate by element names than a streaming mapper, and it keeps every element's line for places.</remarks>
sealed class XmlNode
{
    static readonly List<XmlNode> NoChildren = [];
    List<XmlNode>? _children;
    string? _path;

    public XmlNode(string name, string ns, XmlNode? parent, int line, int column)
    {
        Name = name;
        Namespace = ns;
        Parent = parent;
        Line = line;
        Column = column;
    }

    public string Name { get; }
    public string Namespace { get; }
    public XmlNode? Parent { get; }
    public int Line { get; }
    public int Column { get; }
    /// <summary>The child elements in document order. Leaves (most elements) share one empty list rather than each
    /// holding its own; only <see cref="XmlTreeReader"/> adds children, through <see cref="AddChild"/>.</summary>
    public List<XmlNode> Children => _children ?? NoChildren;
    /// <summary>The element's own text (not its descendants'), trimmed; empty when none.</summary>
    public string Text { get; set; } = "";
    /// <summary>The <c>Ccy</c> attribute of an amount, when present.</summary>
    public string? Currency { get; set; }
    /// <summary>1-based position among same-named siblings, shown in the path when there are several or when the
    /// element repeats by definition.</summary>
    public int Index { get; set; } = 1;
    public bool ShowIndex { get; set; }
    /// <summary>The element the path starts at (<c>Document</c> or <c>AppHdr</c>): wrappers above it are not ISO 20022.</summary>
    public bool IsPathRoot { get; set; }

    public void AddChild(XmlNode child) => (_children ??= []).Add(child);

    public XmlNode? Child(string name)
    {
        foreach (var child in Children)
        {
            if (string.Equals(child.Name, name, StringComparison.Ordinal)) return child;
        }
        return null;
    }

    public IEnumerable<XmlNode> ChildrenNamed(string name)
    {
        foreach (var child in Children)
        {
            if (string.Equals(child.Name, name, StringComparison.Ordinal)) yield return child;
        }
    }

    /// <summary>The descendant at a path of child names (<c>FinInstnId/BICFI</c>), or null.</summary>
    public XmlNode? At(string path)
    {
        var node = this;
        foreach (var part in path.Split('/'))
        {
            node = node.Child(part);
            if (node is null) return null;
        }
        return node;
    }

    public IEnumerable<XmlNode> Descendants()
    {
        foreach (var child in Children)
        {
            yield return child;
            foreach (var descendant in child.Descendants()) yield return descendant;
        }
    }

    /// <summary>The XPath-like path from the message root: <c>/Document/FIToFICstmrCdtTrf/CdtTrfTxInf[1]/Cdtr</c>.</summary>
    /// <remarks>Built from the parent's path and kept: a message's places share their prefixes, so each element's
    /// path costs one concatenation. Asked only once the tree is whole (positions and path roots are set by then).</remarks>
    public string Path => _path ??= string.Concat(IsPathRoot || Parent is null ? "" : Parent.Path, "/", Name,
        ShowIndex ? string.Create(CultureInfo.InvariantCulture, $"[{Index}]") : "");

    public Place Place => new(Path, Line, Column);
}
