namespace Interdict.Matching.Korean;

/// <summary>Bit masks over Hangul jamo, in Unicode order (initials ㄱ..ㅎ = 0..18, medials ㅏ..ㅣ = 0..20).</summary>
static class Jamo
{
    public const int G = 0, Kk = 1, N = 2, D = 3, Tt = 4, R = 5, M = 6, B = 7, Pp = 8, S = 9, Ss = 10, Silent = 11,
        J = 12, Jj = 13, Ch = 14, K = 15, T = 16, P = 17, H = 18;

    public static uint Initial(int index) => 1u << index;
    public static uint Initials(params int[] indexes)
    {
        var mask = 0u;
        foreach (var i in indexes) mask |= 1u << i;
        return mask;
    }

    public static uint Medial(int index) => 1u << index;
    public static uint Medials(params int[] indexes) => Initials(indexes);

    public static readonly uint VelarMask = Initials(G, Kk, K);
    public static readonly uint DentalMask = Initials(D, Tt, T);
    public static readonly uint LabialMask = Initials(B, Pp, P);
    public static readonly uint AffricateMask = Initials(J, Jj, Ch);
    public static readonly uint SibilantMask = Initials(S, Ss);
    public static readonly uint LiquidNasalSilentMask = Initials(R, N, Silent);

    // ㅓ ㅗ ㅜ ㅡ: one class, because DPRK "o" is ㅓ or ㅗ and common "u" is ㅜ, ㅡ or ㅓ.
    public static readonly uint BackVowelMask = Medials(4, 8, 13, 18);
    public static readonly uint FrontVowelMask = Medials(1, 5);
    public static readonly uint YeMask = Medials(3, 7);
    public static readonly uint YoMask = Medials(6, 12, 17);
    public static readonly uint WeMask = Medials(10, 11, 15);
    /// <summary>Medials that begin with an i or y sound: before them a word-initial ㄹ or ㄴ is dropped in the South.</summary>
    public static readonly uint IotizedMask = Medials(2, 3, 6, 7, 12, 17, 20);

    public const byte FinalNone = 1, FinalK = 2, FinalN = 4, FinalT = 8, FinalL = 16, FinalM = 32, FinalP = 64, FinalNg = 128;
}
