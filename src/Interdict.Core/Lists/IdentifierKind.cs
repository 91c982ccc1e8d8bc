namespace Interdict.Core.Lists;

/// <summary>Identifiers that name one party uniquely: a match on one is decisive.</summary>
public enum IdentifierKind
{
    /// <summary>IMO ship or company number (7 digits).</summary>
    Imo = 0,
    /// <summary>SWIFT/BIC code of a bank.</summary>
    SwiftBic,
    /// <summary>Radio call sign of a vessel.</summary>
    CallSign,
    /// <summary>Maritime Mobile Service Identity.</summary>
    Mmsi,
    /// <summary>Another registration or tax number.</summary>
    Registration,
}
