using System.Text.RegularExpressions;

namespace Interdict.Payments.Tests;

/// <summary>Malformed messages made by mutating real samples: each is refused with a message that names the place
/// (a line, or an element path or MT field), nothing crashes, and nothing passes as read.</summary>
public sealed class MalformedCorpusTests
{
    /// <summary>A change to a real message and a fragment the refusal must contain.</summary>
    sealed record Mutation(string Name, Func<string, string> Apply, string Expected);

    static readonly string[] IsoBases =
    [
        "pacs.008/cbprplus_c.53.5_pacs.008_AtoB.xml",
        "pacs.008/fedwire_CustomerCreditTransfer_Variation6_pacs.008.xml",
        "pacs.008/prowide_pacs.008.001.07.xml",
        "pacs.009/cbprplus_p.2.3.1.a_pacs.009.cov_AtoB_ns-v11.xml",
        "pacs.004/cbprplus_p.2.1.2_pacs.004_CtoB.xml",
        "pain.001/pyiso20022_pain001_001_08.xml",
    ];

    static readonly Mutation[] IsoMutations =
    [
        new("truncated at two thirds", t => t[..(t.Length * 2 / 3)], "not well-formed XML"),
        new("truncated before the last closing tag", t => t[..t.TrimEnd().LastIndexOf('<')], "not well-formed XML"),
        new("an unescaped ampersand in a name", t => ReplaceFirstText(t, "Nm", "Smith & Sons"), "not well-formed XML"),
        new("a DTD with an entity", t => InsertDoctype(t), "DTD"),
        new("an unknown message type", t => Regex.Replace(t, @"(pacs|pain)\.00\d\.001\.\d\d(?=[""'])", "camt.053.001.08", RegexOptions.None, TimeSpan.FromSeconds(1)), "not a payment message"),
        new("no mandatory message id", t => RemoveElement(t, "MsgId"), "MsgId is missing"),
        new("a BIC that is not one", t => ReplaceFirstText(t, "BICFI", "NOT-A-BIC"), "is not a BIC"),
        new("a currency that is not one", t => Regex.Replace(t, @"Ccy=([""'])[A-Z]{3}", "Ccy=$1E1R", RegexOptions.None, TimeSpan.FromSeconds(1)), "not an ISO 4217 currency"),
        new("an empty Document", t => EmptyDocument(t), "the Document is empty"),
    ];

    /// <summary>Mutations that only make sense where the element exists, by base file.</summary>
    static readonly (string File, Mutation Mutation)[] IsoSpecific =
    [
        ("pacs.008/cbprplus_c.53.5_pacs.008_AtoB.xml", new("no creditor", t => RemoveElement(t, "Cdtr"), "Cdtr is missing")),
        ("pacs.008/cbprplus_c.53.5_pacs.008_AtoB.xml", new("no creditor agent", t => RemoveElement(t, "CdtrAgt"), "CdtrAgt is missing")),
        ("pacs.008/cbprplus_c.53.5_pacs.008_AtoB.xml", new("a country code in lower case", t => ReplaceFirstText(t, "Ctry", "au"), "is not an ISO 3166 country code")),
        ("pacs.008/cbprplus_c.53.5_pacs.008_AtoB.xml", new("a settlement date that is not a date", t => ReplaceFirstText(t, "IntrBkSttlmDt", "2020-13-45"), "is not a date")),
        ("pacs.008/cbprplus_c.53.5_pacs.008_AtoB.xml", new("an amount that is not a number", t => ReplaceFirstText(t, "IntrBkSttlmAmt", "5OO000"), "is not an amount")),
        ("pacs.008/cbprplus_c.53.5_pacs.008_AtoB.xml", new("the namespace of pacs.009 on a pacs.008", t => t.Replace("pacs.008.001.08\"", "pacs.009.001.08\"", StringComparison.Ordinal), "is not FICdtTrf")),
        ("pacs.008/cbprplus_c.53.5_pacs.008_AtoB.xml", new("no header sender", t => RemoveElement(t, "Fr"), "business application header has no Fr")),
        ("pacs.008/fedwire_CustomerCreditTransfer_Variation6_pacs.008.xml", new("no debtor agent", t => RemoveElement(t, "DbtrAgt"), "DbtrAgt is missing")),
        ("pacs.008/fedwire_CustomerCreditTransfer_Variation6_pacs.008.xml", new("no settlement amount", t => RemoveElement(t, "IntrBkSttlmAmt"), "IntrBkSttlmAmt is missing")),
        ("pacs.008/fedwire_CustomerCreditTransfer_Variation6_pacs.008.xml", new("no group header", t => RemoveElement(t, "GrpHdr"), "GrpHdr is missing")),
        ("pacs.008/fedwire_CustomerCreditTransfer_Variation6_pacs.008.xml", new("an unknown root element and namespace", t => t.Replace("FIToFICstmrCdtTrf", "BkToCstmrStmt", StringComparison.Ordinal).Replace("pacs.008.001.08", "x", StringComparison.Ordinal), "unknown message type")),
        ("pacs.008/prowide_pacs.008.001.07.xml", new("no transaction", t => RemoveElement(t, "CdtTrfTxInf"), "CdtTrfTxInf is missing")),
        ("pacs.009/cbprplus_p.2.3.1.a_pacs.009.cov_AtoB_ns-v11.xml", new("a COV without the underlying debtor", t => RemoveNth(t, "Dbtr", 2), "Dbtr is missing (mandatory in the underlying customer transfer")),
        ("pacs.009/cbprplus_p.2.3.1.a_pacs.009.cov_AtoB_ns-v11.xml", new("no FI creditor", t => RemoveElement(t, "Cdtr"), "Cdtr is missing")),
        ("pacs.004/cbprplus_p.2.1.2_pacs.004_CtoB.xml", new("no returned amount", t => RemoveElement(t, "RtrdIntrBkSttlmAmt"), "RtrdIntrBkSttlmAmt is missing")),
        ("pain.001/pyiso20022_pain001_001_08.xml", new("no initiating party", t => RemoveElement(t, "InitgPty"), "InitgPty is missing")),
        ("pain.001/pyiso20022_pain001_001_08.xml", new("no debtor account", t => RemoveElement(t, "DbtrAcct"), "DbtrAcct is missing")),
        ("pain.001/pyiso20022_pain001_001_08.xml", new("no payment information", t => RemoveElement(t, "PmtInf"), "PmtInf is missing")),
    ];

    public static TheoryData<string, string> IsoCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in IsoBases)
        {
            foreach (var mutation in IsoMutations) data.Add(file, mutation.Name);
        }
        foreach (var (file, mutation) in IsoSpecific) data.Add(file, mutation.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(IsoCases))]
    public void MutatedIsoMessage_IsRefusedNamingThePlace(string file, string mutation)
    {
        var m = IsoMutations.Concat(IsoSpecific.Where(s => s.File == file).Select(s => s.Mutation)).First(x => x.Name == mutation);
        var original = File.ReadAllText(Samples.IsoPath(file));
        AssertRefused(original, m, file);
    }

    static readonly string[] MtBases =
    [
        "mt103/ballerina_p.2.1.1_C_D.fin",
        "mt103/prowide_MT103ParserTest_L250.fin",
        "mt103/ballerina_c.53.5_A_B.fin",
        "mt202/ballerina_p.2.2.1_B_C.fin",
        "mt202cov/ballerina_c.29.2.2_A_B.fin",
    ];

    static readonly Mutation[] MtMutations =
    [
        new("truncated inside the text block", t => t[..(t.IndexOf(":32A:", StringComparison.Ordinal) + 12)], "truncated"),
        new("an unknown message type", t => Regex.Replace(t, @"\{2:([IO])(103|202)", "{2:${1}940", RegexOptions.None, TimeSpan.FromSeconds(1)), "not a payment message"),
        new("no value date and amount", t => RemoveField(t, "32A"), ":32A: is missing"),
        new("a value date that is not a date", t => Regex.Replace(t, @":32A:\d{6}", ":32A:221399", RegexOptions.None, TimeSpan.FromSeconds(1)), "is not a date"),
        new("an amount with a decimal point", t => Regex.Replace(t, @"(:32A:\d{6}[A-Z]{3}\d+),", "$1.", RegexOptions.None, TimeSpan.FromSeconds(1)), "decimal comma"),
        new("a broken basic header", t => Regex.Replace(t, @"\{1:F01[A-Z0-9]{12}", "{1:F01BANK", RegexOptions.None, TimeSpan.FromSeconds(1)), "basic header"),
        new("no application header", t => Regex.Replace(t, @"\{2:[^}]*\}", "", RegexOptions.None, TimeSpan.FromSeconds(1)), "application header block {2: is missing"),
        new("text before the first field", t => t.Replace("{4:\r\n", "{4:\r\nHELLO\r\n", StringComparison.Ordinal).Replace("{4:\n", "{4:\nHELLO\n", StringComparison.Ordinal), "text before the first field"),
        new("a field tag that is not one", t => t.Replace(":20:", ":2O:", StringComparison.Ordinal), "is not a field tag"),
        new("a BIC that is not one", t => Regex.Replace(t, @":57A:[A-Z0-9]+", ":57A:BANK-OF-X", RegexOptions.None, TimeSpan.FromSeconds(1)), "is not a BIC"),
        new("a block 3 never closed", t => InsertUnclosedBlock3(t), "never closed"),
    ];

    static readonly (string File, Mutation Mutation)[] MtSpecific =
    [
        ("mt103/ballerina_p.2.1.1_C_D.fin", new("no beneficiary", t => RemoveField(t, "59F"), ":59a: is missing")),
        ("mt103/ballerina_p.2.1.1_C_D.fin", new("no ordering customer", t => RemoveField(t, "50F"), ":50a: is missing")),
        ("mt103/ballerina_p.2.1.1_C_D.fin", new("an option F line without a number", t => t.Replace("2/High Street", "High Street", StringComparison.Ordinal), "must start with a line number")),
        ("mt103/ballerina_p.2.1.1_C_D.fin", new("an option F line 9/", t => t.Replace("2/High Street", "9/High Street", StringComparison.Ordinal), "only 1 to 8 exist")),
        ("mt103/ballerina_p.2.1.1_C_D.fin", new("an option F town without a country", t => t.Replace("3/GB/Epping", "3/Epping", StringComparison.Ordinal), "must start with an ISO country code")),
        ("mt103/ballerina_p.2.1.1_C_D.fin", new("no bank operation code", t => RemoveField(t, "23B"), ":23B: is missing")),
        ("mt103/prowide_MT103ParserTest_L250.fin", new("no details of charges", t => RemoveField(t, "71A"), ":71A: is missing")),
        ("mt103/prowide_MT103ParserTest_L250.fin", new("an instructed amount without currency", t => t.Replace(":33B:EUR", ":33B:", StringComparison.Ordinal), "not a currency and an amount")),
        ("mt202/ballerina_p.2.2.1_B_C.fin", new("no beneficiary institution", t => RemoveField(t, "58A"), ":58a: is missing")),
        ("mt202/ballerina_p.2.2.1_B_C.fin", new("no related reference", t => RemoveField(t, "21"), ":21: is missing")),
        ("mt202cov/ballerina_c.29.2.2_A_B.fin", new("a COV without the underlying beneficiary", t => RemoveField(t, "59F"), "underlying customer transfer is missing")),
        ("mt101/ballerina_pn.01.1.1_A_B.fin", new("an MT101 transaction without an amount", t => RemoveField(t, "32B"), ":32B: is missing in transaction B[1]")),
        ("mt101/ballerina_pn.01.1.1_A_B.fin", new("an MT101 without transactions", t => RemoveField(RemoveField(t, "21"), "21F"), "holds no transaction")),
        ("mt101/ballerina_pn.01.1.1_A_B.fin", new("an MT101 without an execution date", t => RemoveField(t, "30"), ":30: is missing")),
        ("mt199/ballerina_p.2.5.2_B_A.fin", new("an MT199 without narrative", t => RemoveField(t, "79"), ":79: is missing")),
    ];

    public static TheoryData<string, string> MtCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in MtBases)
        {
            foreach (var mutation in MtMutations) data.Add(file, mutation.Name);
        }
        foreach (var (file, mutation) in MtSpecific) data.Add(file, mutation.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(MtCases))]
    public void MutatedMtMessage_IsRefusedNamingThePlace(string file, string mutation)
    {
        var m = MtMutations.Concat(MtSpecific.Where(s => s.File == file).Select(s => s.Mutation)).First(x => x.Name == mutation);
        var original = File.ReadAllText(Samples.MtPath(file));
        AssertRefused(original, m, file);
    }

    [Fact]
    public void Corpus_HasAtLeastFortyMalformedMessagesPerFormat()
    {
        Assert.True(IsoCases().Count >= 40, $"{IsoCases().Count} ISO cases");
        Assert.True(MtCases().Count >= 40, $"{MtCases().Count} MT cases");
    }

    [Theory]
    [InlineData("", "the text is empty")]
    [InlineData("   \n  ", "the text is empty")]
    [InlineData("Hello, this is not a payment", "unknown format")]
    [InlineData("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\">", "not well-formed XML")]
    [InlineData("<?xml version=\"1.0\"?><Foo/>", "no ISO 20022 Document or AppHdr element")]
    [InlineData("{1:F01BANKBEBBAXXX0000000000}", "the application header block {2: is missing")]
    [InlineData("{1:F01BANKBEBBAXXX0000000000}{2:I103BANKDEFFXXXXN}", "the text block {4: is missing")]
    [InlineData("{1:F01BANKBEBBAXXX0000000000}{2:I103BANKDEFFXXXXN}{4:\n-}", "the text block holds no field")]
    [InlineData("{4:\n:20:X\n-}", "comes before any basic header block")]
    public void HandWrittenBadInput_IsRefused(string text, string expected)
    {
        var result = new PaymentParser().Parse(text, "input");
        Assert.False(result.Success);
        Assert.Contains(expected, result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OversizedInput_IsRefusedUnread()
    {
        var text = File.ReadAllText(Samples.IsoPath("pacs.008/cbprplus2026_pacs.008_max.xml"));
        var result = new PaymentParser(maxCharacters: 10_000).Parse(text, "big.xml");
        Assert.False(result.Success);
        Assert.Contains("longer than 10000 characters", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EntityExpansion_IsNeverPerformed()
    {
        // A "billion laughs" document: with DTDs prohibited it is refused at the DOCTYPE, before any entity is expanded.
        const string bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;\">]>"
            + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\"><FIToFICstmrCdtTrf>&lol2;</FIToFICstmrCdtTrf></Document>";
        var result = new PaymentParser().Parse(bomb, "bomb.xml");
        Assert.False(result.Success);
        Assert.Equal(1, result.Failure!.Line);
        Assert.Contains("DTD", result.Failure.Message, StringComparison.Ordinal);
    }

    static void AssertRefused(string original, Mutation mutation, string file)
    {
        var mutated = mutation.Apply(original);
        Assert.NotEqual(original, mutated);
        var results = new PaymentParser().ParseAll(mutated, Path.GetFileName(file));
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.False(r.Success, $"{mutation.Name}: passed as read: {r}"));
        var failure = results[0].Failure!;
        Assert.Contains(mutation.Expected, failure.Message, StringComparison.Ordinal);
        // The place: a line in the source, or an element path / MT field.
        Assert.True(failure.Line > 0 || failure.Path is not null, $"{mutation.Name}: no place in {failure}");
        Assert.StartsWith(Path.GetFileName(file), failure.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Replaces the text of the first element of that name.</summary>
    static string ReplaceFirstText(string xml, string element, string text) =>
        new Regex($@"(<(?:\w+:)?{element}(?:\s[^>]*)?>)[^<]*(</(?:\w+:)?{element}>)", RegexOptions.None, TimeSpan.FromSeconds(1))
            .Replace(xml, m => m.Groups[1].Value + text + m.Groups[2].Value, 1);

    static string RemoveElement(string xml, string element) => RemoveNth(xml, element, 1);

    /// <summary>Removes the <paramref name="n"/>-th element of that name (with its content).</summary>
    static string RemoveNth(string xml, string element, int n)
    {
        var pattern = new Regex($@"<(?<p>\w+:|){element}(?:\s[^>]*)?>.*?</\k<p>{element}>\s*", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        var matches = pattern.Matches(xml);
        if (matches.Count < n) return xml;
        var match = matches[n - 1];
        return xml.Remove(match.Index, match.Length);
    }

    static string InsertDoctype(string xml)
    {
        var start = xml.IndexOf("?>", StringComparison.Ordinal);
        var at = start >= 0 ? start + 2 : 0;
        return xml.Insert(at, "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>");
    }

    static string EmptyDocument(string xml) =>
        Regex.Replace(xml, @"(?<open><(?<p>\w+:|)Document[^>]*>).*(?<close></\k<p>Document>)", "${open}${close}", RegexOptions.Singleline, TimeSpan.FromSeconds(1));

    /// <summary>Removes an MT field with its continuation lines.</summary>
    static string RemoveField(string mt, string tag) =>
        Regex.Replace(mt, $@"\r?\n:{tag}:[^\n]*(\r?\n(?!:|-\}})[^\n]*)*", "", RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>Puts a block 3 whose closing brace is lost right before block 4.</summary>
    static string InsertUnclosedBlock3(string mt)
    {
        var withoutBlock3 = Regex.Replace(mt, @"\{3:(\{[^}]*\})+\}", "", RegexOptions.None, TimeSpan.FromSeconds(1));
        return withoutBlock3.Replace("{4:", "{3:{108:REF}\n{4:", StringComparison.Ordinal);
    }
}
