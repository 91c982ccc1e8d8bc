using Interdict.Matching.Index;
using Interdict.Matching.Normalization;
using Interdict.Matching.Scoring;

namespace Interdict.Matching.Monitoring;

/// <summary>The parties' names laid out flat for the reverse look-up's bounds: each name's words and joined runs with
/// the word positions they cover, and the least weight any list can give each party token.</summary>
/// <remarks>A list update checks hundreds of thousands of party names against each listed name; reading them from
/// flat arrays instead of one object per name keeps that check to a few cache lines per name.</remarks>
sealed class PartyNameLayout
{
    PartyNameLayout(byte[] wordCount, ushort[] from, ushort[] length, float[] lightest)
    {
        WordCount = wordCount;
        From = from;
        Length = length;
        Lightest = lightest;
    }

    /// <summary>Number of words of each name (its first entries in <see cref="NameIndex.NameTokens"/>), up to 255;
    /// a name of more than <see cref="MaxWords"/> words is not bounded.</summary>
    public byte[] WordCount { get; }

    /// <summary>For each entry of <see cref="NameIndex.NameTokens"/>: the first word position it covers.</summary>
    public ushort[] From { get; }

    /// <summary>For each entry of <see cref="NameIndex.NameTokens"/>: how many words it covers (1 for a word).</summary>
    public ushort[] Length { get; }

    /// <summary>For each party token, the least forward weight it can have against any list: its kind's factor at
    /// the commonest rarity (<see cref="Weighting.MinimumRarity"/>).</summary>
    public float[] Lightest { get; }

    /// <summary>The most words of a name the bounds consider; a longer name is always a candidate.</summary>
    public const int MaxWords = 64;

    public static PartyNameLayout Of(NameIndex names)
    {
        var wordCount = new byte[names.NameCount];
        var from = new ushort[names.NameTokens.Length];
        var length = new ushort[names.NameTokens.Length];
        for (var n = 0; n < names.NameCount; n++)
        {
            var name = names.Names[n];
            wordCount[n] = (byte)Math.Min(name.Tokens.Length, byte.MaxValue);
            var i = names.NameTokenStart[n];
            for (var j = 0; j < name.Tokens.Length; j++, i++) (from[i], length[i]) = ((ushort)Math.Min(j, ushort.MaxValue), 1);
            foreach (var span in name.Spans) (from[i], length[i++]) = ((ushort)Math.Min(span.Start, ushort.MaxValue), (ushort)Math.Min(span.Length, ushort.MaxValue));
        }
        var lightest = new float[names.TokenCount];
        for (var t = 0; t < lightest.Length; t++)
        {
            var text = names.TokenText[t];
            lightest[t] = Weighting.Weight(NameNormalizer.KindOf(text), Weighting.MinimumRarity, text.Length);
        }
        return new PartyNameLayout(wordCount, from, length, lightest);
    }
}
