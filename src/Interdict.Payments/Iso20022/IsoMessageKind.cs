using System.Text.RegularExpressions;

namespace Interdict.Payments.Iso20022;

/// <summary>The ISO 20022 messages this reader understands: the message identifier, the root element of its
/// <c>Document</c>, and the versions whose element names were checked against their schemas.</summary>
/// <param name="Id">The message identifier without version (<c>pacs.008</c>).</param>
/// <param name="RootElement">The one child of <c>Document</c> (<c>FIToFICstmrCdtTrf</c>).</param>
/// <param name="KnownVersions">Versions (<c>001.08</c>) read as known; others are read by element names with a note.</param>
sealed partial record IsoMessageKind(string Id, string RootElement, string[] KnownVersions)
{
    public const string IsoNamespacePrefix = "urn:iso:std:iso:20022:tech:xsd:";

    // Known versions: those with a schema in testdata/data/payments/iso20022/xsd and the neighbours that only add
    // optional elements the mapper does not depend on (pacs.008.001.09–11 sit between the 08 and 12 schemas).
    public static readonly IsoMessageKind CustomerCreditTransfer =
        new("pacs.008", "FIToFICstmrCdtTrf", ["001.07", "001.08", "001.09", "001.10", "001.11", "001.12"]);
    public static readonly IsoMessageKind FinancialInstitutionCreditTransfer =
        new("pacs.009", "FICdtTrf", ["001.07", "001.08", "001.09", "001.10", "001.11"]);
    public static readonly IsoMessageKind PaymentReturn =
        new("pacs.004", "PmtRtr", ["001.09", "001.10", "001.11", "001.12", "001.13"]);
    public static readonly IsoMessageKind PaymentInitiation =
        new("pain.001", "CstmrCdtTrfInitn", ["001.03", "001.08", "001.09", "001.10", "001.11"]);
    public static readonly IsoMessageKind CancellationRequest =
        new("camt.056", "FIToFIPmtCxlReq", ["001.08", "001.09", "001.10", "001.11"]);
    public static readonly IsoMessageKind ApplicationHeader =
        new("head.001", "AppHdr", ["001.01", "001.02", "001.03", "001.04"]);

    public static readonly IsoMessageKind[] Documents =
        [CustomerCreditTransfer, FinancialInstitutionCreditTransfer, PaymentReturn, PaymentInitiation, CancellationRequest];

    public static IsoMessageKind? ById(string id) =>
        Array.Find([.. Documents, ApplicationHeader], k => string.Equals(k.Id, id, StringComparison.Ordinal));

    public static IsoMessageKind? ByRootElement(string name) =>
        Array.Find(Documents, k => string.Equals(k.RootElement, name, StringComparison.Ordinal));

    public bool Knows(string version) => Array.IndexOf(KnownVersions, version) >= 0;

    /// <summary>Finds a message identifier with version (<c>pacs.008.001.08</c>) inside a namespace or a MsgDefIdr.</summary>
    public static bool TryParseIdentifier(string? text, out string id, out string version)
    {
        id = version = "";
        if (string.IsNullOrEmpty(text)) return false;
        var match = IdentifierPattern().Match(text);
        if (!match.Success) return false;
        id = match.Groups["id"].Value;
        version = match.Groups["version"].Value;
        return true;
    }

    [GeneratedRegex(@"(?<id>[a-z]{4}\.\d{3})\.(?<version>\d{3}\.\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
