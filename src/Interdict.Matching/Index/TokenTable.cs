using System.Collections.Frozen;

namespace Interdict.Matching.Index;

/// <summary>Interns token strings into dense ids while an index is built.</summary>
sealed class TokenTable
{
    readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    readonly List<string> _texts = [];

    public int Count => _texts.Count;

    public int Intern(string token)
    {
        if (_ids.TryGetValue(token, out var id)) return id;
        id = _texts.Count;
        _ids.Add(token, id);
        _texts.Add(token);
        return id;
    }

    public string[] ToArray() => [.. _texts];

    public FrozenDictionary<string, int> ToDictionary() => _ids.ToFrozenDictionary(StringComparer.Ordinal);
}
