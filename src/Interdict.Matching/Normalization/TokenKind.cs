namespace Interdict.Matching.Normalization;

/// <summary>What a word of a name contributes to identity; the scorer weighs each kind differently.</summary>
public enum TokenKind : byte
{
    /// <summary>An ordinary name word: carries identity, weighed by how rare it is.</summary>
    Word = 0,
    /// <summary>A name particle (<c>al</c>, <c>bin</c>, <c>abu</c>, <c>van</c>): part of the name, weak evidence.</summary>
    Particle,
    /// <summary>A function word (<c>of</c>, <c>the</c>, <c>and</c>): almost no evidence.</summary>
    Stop,
    /// <summary>A company's legal form (<c>company</c>, <c>limited</c>, <c>llc</c>): almost no evidence.</summary>
    LegalForm,
    /// <summary>An honorific, rank or title (<c>mr</c>, <c>dr</c>, <c>haji</c>, <c>mullah</c>): almost no evidence.</summary>
    Title,
}
