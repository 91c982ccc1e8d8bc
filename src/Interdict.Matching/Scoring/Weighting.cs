using Interdict.Matching.Normalization;

namespace Interdict.Matching.Scoring;

/// <summary>How much each word of a name counts as evidence.</summary>
static class Weighting
{
    /// <summary>The least weight a word can have for being frequent: common words (<c>Kim</c>, <c>Korea</c>,
    /// <c>Trading</c>) still count, but much less than rare ones.</summary>
    public const float MinimumRarity = 0.2f;

    /// <summary>Weight of a word not found in the index: as rare as words get.</summary>
    public const float UnknownRarity = 1f;

    /// <summary>The weight of a word: its kind's factor times its rarity, compressed so that the rarest word of a
    /// name weighs at most 2.5 times the commonest (a Korean name's three syllables all identify the person).</summary>
    public static float Weight(TokenKind kind, float rarity, int length = 2) =>
        KindFactor(kind) * (RarityFloor + (1 - RarityFloor) * rarity) * (length == 1 ? InitialFactor : 1f);

    /// <summary>A one-letter word is an initial (<c>J. Smith</c>, <c>J/V</c>): weak evidence either way.</summary>
    const float InitialFactor = 0.3f;

    const float RarityFloor = 0.4f;

    /// <summary>The factor of each kind of word: legal forms, titles and function words carry almost no identity.</summary>
    public static float KindFactor(TokenKind kind) => kind switch
    {
        TokenKind.Word => 1f,
        TokenKind.Particle => 0.3f,
        TokenKind.LegalForm => 0.1f,
        TokenKind.Title => 0.05f,
        _ => 0.1f,
    };
}
