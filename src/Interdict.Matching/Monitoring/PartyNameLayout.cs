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
    PartyNameLayout(byte[] wordCount, ushort[] from, ushort[] length, float[] lightest, float[] heaviestCover, float[] lightestCover, float[] nameLightest)
    {
        WordCount = wordCount;
        From = from;
        Length = length;
        Lightest = lightest;
        HeaviestCover = heaviestCover;
        LightestCover = lightestCover;
        NameLightest = nameLightest;
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

    /// <summary>For each party token, the most weight any list can give the words it covers in any name: a word's
    /// kind factor at the rarest rarity; a joined run's longest occurrence at the heaviest word weight.</summary>
    public float[] HeaviestCover { get; }

    /// <summary>For each party token, an upper bound of the least weight of the words it covers in any name: a
    /// word's <see cref="Lightest"/>; a joined run's longest occurrence at the lightest weight of a plain word.</summary>
    public float[] LightestCover { get; }

    /// <summary>For each name, the least weight any list can give its words together.</summary>
    public float[] NameLightest { get; }

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
        var runLength = new int[names.TokenCount];
        for (var n = 0; n < names.NameCount; n++)
        {
            foreach (var span in names.Names[n].Spans) runLength[span.Token] = Math.Max(runLength[span.Token], span.Length);
        }
        // A word's kind is read in its name (a title or legal form is a phrase of the name, not a property of the word
        // alone: `sayed` is a title in `AHMAD, Sayed`): its lightest and heaviest kinds over every name it is in.
        var lightestKind = new TokenKind?[names.TokenCount];
        var heaviestKind = new TokenKind?[names.TokenCount];
        for (var n = 0; n < names.NameCount; n++)
        {
            var name = names.Names[n];
            for (var j = 0; j < name.Tokens.Length; j++)
            {
                var (token, kind) = (name.Tokens[j], name.Kinds[j]);
                if (lightestKind[token] is not { } light || Weighting.KindFactor(kind) < Weighting.KindFactor(light)) lightestKind[token] = kind;
                if (heaviestKind[token] is not { } heavy || Weighting.KindFactor(kind) > Weighting.KindFactor(heavy)) heaviestKind[token] = kind;
            }
        }
        var lightest = new float[names.TokenCount];
        var heaviestCover = new float[names.TokenCount];
        var lightestCover = new float[names.TokenCount];
        var plainLightest = Weighting.Weight(TokenKind.Word, Weighting.MinimumRarity);
        var plainHeaviest = Weighting.Weight(TokenKind.Word, 1f);
        for (var t = 0; t < lightest.Length; t++)
        {
            var text = names.TokenText[t];
            var own = NameNormalizer.KindOf(text);
            lightest[t] = Weighting.Weight(lightestKind[t] ?? own, Weighting.MinimumRarity, text.Length);
            heaviestCover[t] = names.IsSpan(t) ? runLength[t] * plainHeaviest : Weighting.Weight(heaviestKind[t] ?? own, 1f, text.Length);
            lightestCover[t] = names.IsSpan(t) ? runLength[t] * plainLightest : lightest[t];
        }
        var nameLightest = new float[names.NameCount];
        for (var n = 0; n < names.NameCount; n++)
        {
            foreach (var token in names.Names[n].Tokens) nameLightest[n] += lightest[token];
        }
        return new PartyNameLayout(wordCount, from, length, lightest, heaviestCover, lightestCover, nameLightest);
    }
}
