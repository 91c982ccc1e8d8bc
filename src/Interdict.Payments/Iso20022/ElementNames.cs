using System.Xml;

namespace Interdict.Payments.Iso20022;

/// <summary>The table of element and namespace names a thread's XML readers share, so that the hundred-odd names of a
/// payment message (<c>Nm</c>, <c>FinInstnId</c>, <c>BICFI</c>…) are strings made once per thread, not once per
/// element of every message.</summary>
/// <remarks>
/// <para>One table per thread because <see cref="NameTable"/> is not safe for concurrent adds. Bounded: hostile
/// messages full of made-up names would otherwise grow it for ever, so it is replaced once it has taken
/// <see cref="MaxNames"/> names (ISO 20022 payment messages use a few hundred).</para>
/// </remarks>
sealed class ElementNames : XmlNameTable
{
    const int MaxNames = 4096;

    [ThreadStatic]
    static ElementNames? t_current;

    readonly NameTable _names = new();
    int _count;

    /// <summary>The calling thread's table, or a fresh one when the thread's is full.</summary>
    public static ElementNames ForThisThread()
    {
        var current = t_current;
        if (current is null || current._count > MaxNames) t_current = current = new ElementNames();
        return current;
    }

    /// <inheritdoc/>
    public override string Add(char[] array, int offset, int length)
    {
        if (_names.Get(array, offset, length) is { } known) return known;
        _count++;
        return _names.Add(array, offset, length);
    }

    /// <inheritdoc/>
    public override string Add(string array)
    {
        if (_names.Get(array) is { } known) return known;
        _count++;
        return _names.Add(array);
    }

    /// <inheritdoc/>
    public override string? Get(char[] array, int offset, int length) => _names.Get(array, offset, length);

    /// <inheritdoc/>
    public override string? Get(string array) => _names.Get(array);
}
