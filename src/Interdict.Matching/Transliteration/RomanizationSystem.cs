namespace Interdict.Matching.Transliteration;

/// <summary>Systems for writing Korean in Latin letters.</summary>
public enum RomanizationSystem
{
    /// <summary>McCune–Reischauer as the DPRK and the UN list write it: no breves or apostrophes (<c>Chol</c>, <c>Jong</c>, <c>Ryong</c>).</summary>
    DprkMcCuneReischauer = 0,
    /// <summary>Classic McCune–Reischauer with breves and aspiration apostrophes (<c>Ch'ŏl</c>, <c>Chŏng</c>).</summary>
    McCuneReischauer,
    /// <summary>Revised Romanisation of Korean (South Korea, 2000): <c>Cheol</c>, <c>Jeong</c>.</summary>
    RevisedRomanization,
}
