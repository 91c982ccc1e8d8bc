using System.Runtime.CompilerServices;
using Interdict.Core.Lists;
using Interdict.Matching.Index;
using Interdict.Matching.Normalization;
using Interdict.Matching.Scoring;

namespace Interdict.Matching.Text;

/// <summary>What finding names inside text needs of an index beyond the index itself: which tokens may pull names
/// in, the most evidence each can bring, and how much of each name can only be met by the other tokens.</summary>
/// <remarks>Built once per index, on its first text search, and kept as long as the index lives. A token pulls names
/// in (generates candidates) when it is an ordinary name word of two letters or more, not a number, and held by few
/// names: a text is full of words like <c>Trading</c>, <c>Bank</c> or <c>Mohammad</c>, and reading their postings
/// for every text would cost more than the rest of the search. Such words still count when a window is scored.</remarks>
sealed class TextIndex
{
    static readonly ConditionalWeakTable<NameIndex, TextIndex> ByIndex = new();

    /// <summary>Tokens held by more names than this (and at least <see cref="MinimumPostingLimit"/>) do not generate.</summary>
    const double PostingShare = 0.005;
    const int MinimumPostingLimit = 64;

    TextIndex(NameIndex index)
    {
        PostingLimit = Math.Max(MinimumPostingLimit, (int)(index.NameCount * PostingShare));
        Generates = new bool[index.TokenCount];
        Value = new float[index.TokenCount];
        for (var t = 0; t < index.TokenCount; t++)
        {
            var text = index.TokenText[t];
            Generates[t] = index.PostingCount(t) <= PostingLimit && text.Length >= 2 && !IsNumber(text)
                && (index.IsSpan(t) || NameNormalizer.KindOf(text) == TokenKind.Word);
            // A joined run stands for up to three words of a name: counting it at three full words never
            // understates what it covers.
            Value[t] = index.IsSpan(t) ? 3f : Weighting.Weight(TokenKind.Word, index.TokenWeight[t], text.Length);
        }
        PersonWord = new bool[index.TokenCount];
        Windowable = new bool[index.NameCount];
        for (var n = 0; n < index.NameCount; n++)
        {
            var name = index.Names[n];
            if (index.NameKinds[n] == PartyKind.Person)
            {
                foreach (var token in name.Tokens) PersonWord[token] = true;
            }
            Windowable[n] = name.Name.Quality != NameQuality.Low && !(name.Tokens.Length > 1 && IsParenthesised(index.Entries[name.Entry].Entry, name.Name.Full));
        }
        (_organizationPostingStart, _organizationPostingNames) = OrganizationPostingsOf(index, Generates, Windowable);
        Words = new byte[index.NameCount];
        for (var n = 0; n < index.NameCount; n++)
        {
            foreach (var kind in index.Names[n].Kinds) Words[n] = (byte)Math.Min(255, Words[n] + (kind == TokenKind.Word ? 1 : 0));
        }
        TotalWeight = new float[index.NameCount];
        for (var n = 0; n < index.NameCount; n++) TotalWeight[n] = index.Names[n].TotalWeight;
        SilentWeight = new float[index.NameCount];
        for (var n = 0; n < index.NameCount; n++)
        {
            var name = index.Names[n];
            for (var j = 0; j < name.Tokens.Length; j++)
            {
                if (!Generates[name.Tokens[j]] || name.Kinds[j] != TokenKind.Word) SilentWeight[n] += name.Weights[j];
            }
        }
    }

    /// <summary>Per generating token, the windowable names that are not persons' names, one flat array (a search for
    /// organisations only, the common case of a query that is a personal name, reads these instead of the token's
    /// whole postings: a personal word such as <c>ahmed</c> is held by many persons and few organisations).</summary>
    static (int[] Start, int[] Names) OrganizationPostingsOf(NameIndex index, bool[] generates, bool[] windowable)
    {
        var start = new int[index.TokenCount + 1];
        var names = new List<int>();
        for (var t = 0; t < index.TokenCount; t++)
        {
            start[t] = names.Count;
            if (!generates[t]) continue;
            foreach (var name in index.Postings(t))
            {
                if (windowable[name] && index.NameKinds[name] != PartyKind.Person) names.Add(name);
            }
        }
        start[index.TokenCount] = names.Count;
        return (start, names.ToArray());
    }

    readonly int[] _organizationPostingStart;
    readonly int[] _organizationPostingNames;

    /// <summary>The names holding <paramref name="token"/> that a search for organisations can keep (windowable, not
    /// a person's name): the subset of its postings that matters when persons are not looked for.</summary>
    public ReadOnlySpan<int> OrganizationPostings(int token) =>
        _organizationPostingNames.AsSpan(_organizationPostingStart[token], _organizationPostingStart[token + 1] - _organizationPostingStart[token]);

    /// <summary>The text data of <paramref name="index"/>, built on first use.</summary>
    public static TextIndex Of(NameIndex index) => ByIndex.GetValue(index, static i => new TextIndex(i));

    public int PostingLimit { get; }

    /// <summary>Per token: whether a text word matching it pulls in the names that hold it.</summary>
    public bool[] Generates { get; }

    /// <summary>Per token: the most listed weight a match with it can cover in any name (an upper bound).</summary>
    public float[] Value { get; }

    /// <summary>Per name: its total weight (<see cref="IndexedName.TotalWeight"/>), in one flat array for pass 2 of
    /// <see cref="NameWindows"/>, which reads it for every name a text touches.</summary>
    public float[] TotalWeight { get; }

    /// <summary>Per name: the weight of its words that no generating token meets (common words, legal forms,
    /// particles): a candidate's bound counts them as met.</summary>
    public float[] SilentWeight { get; }

    /// <summary>Per name: its number of ordinary words (not particles, titles, legal forms or function words).</summary>
    public byte[] Words { get; }

    /// <summary>Per token: whether it is a word of some listed person's name (<c>il</c>, <c>john</c>, <c>omar</c>).</summary>
    public bool[] PersonWord { get; }

    /// <summary>Per name: whether it may be found inside longer text. Not a low-quality alias (<c>John</c>,
    /// <c>Abu Ahmed</c>: weak evidence even as a whole query), and not words the list wrote in parentheses after
    /// a name (<c>LEADER (HONG KONG) INTERNATIONAL</c>): the index holds them as a name of their own so that a
    /// query giving only them meets the entry, but inside text they are mostly a place. An acronym in
    /// parentheses (<c>(KKBC)</c>) stays findable.</summary>
    public bool[] Windowable { get; }

    static bool IsParenthesised(ListEntry entry, string part)
    {
        foreach (var name in entry.Names)
        {
            var at = name.Full.IndexOf(part, StringComparison.Ordinal);
            if (at <= 0) continue;
            var before = name.Full.AsSpan(0, at).TrimEnd();
            if (before.Length > 0 && before[^1] == '(') return true;
        }
        return false;
    }

    /// <summary>True for a word written in digits only (<c>2023</c>, <c>114</c>).</summary>
    public static bool IsNumber(string token)
    {
        foreach (var c in token)
        {
            if (!char.IsDigit(c)) return false;
        }
        return true;
    }
}
