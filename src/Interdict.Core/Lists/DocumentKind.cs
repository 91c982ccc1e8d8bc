namespace Interdict.Core.Lists;

/// <summary>The kind of an identity document.</summary>
public enum DocumentKind
{
    /// <summary>Any other document (residence permit, driving licence, tax number…).</summary>
    Other = 0,
    /// <summary>A passport (including diplomatic and service passports).</summary>
    Passport,
    /// <summary>A national identity card or number.</summary>
    NationalId,
}
