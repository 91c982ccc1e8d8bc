namespace Interdict.Payments;

/// <summary>The syntax a payment message is written in.</summary>
public enum MessageFormat
{
    /// <summary>ISO 20022 XML (a <c>Document</c>, with or without a business application header).</summary>
    Iso20022 = 0,
    /// <summary>SWIFT FIN (MT) text blocks.</summary>
    SwiftMt,
}
