namespace Interdict.Payments.Tests;

/// <summary>Several real messages of each type, extracted in full: every party, agent, address line, identifier, amount,
/// text and code with its place, compared with an expected file in <c>Expected/</c> that was checked by eye against the
/// message. Set PAYMENTS_ACCEPT=1 to rewrite the expected files after a deliberate change (and read the diff).</summary>
public sealed class FullExtractionTests
{
    public static TheoryData<string> Messages =>
    [
        "iso20022/pacs.008/cbprplus_c.53.5_pacs.008_AtoB.xml",
        "iso20022/pacs.008/fedwire_CustomerCreditTransfer_Variation3_pacs.008.xml",
        "iso20022/pacs.008/fedwire_CustomerCreditTransfer_Variation6_pacs.008.xml",
        "iso20022/pacs.008/prowide_pacs.008.001.07_ClrSysMmbId.xml",
        "iso20022/pacs.008/cbprplus2026_pacs.008_max.xml",
        "iso20022/pacs.009/cbprplus_p.2.3.1.a_pacs.009.cov_AtoB_ns-v11.xml",
        "iso20022/pacs.009/cbprplus2026_pacs.009_cov_max.xml",
        "iso20022/pacs.009/fedwire_FICreditTransfer_Scenario1_Step1_pacs.009.xml",
        "iso20022/pacs.009/prowide_pacs.009.001.07.xml",
        "iso20022/pain.001/pyiso20022_pain001_001_08.xml",
        "iso20022/pain.001/moov_International_payment_RUB_naujas_1.xml",
        "iso20022/pain.001/cbprplus_pain_001_2026_valid.xml",
        "iso20022/pacs.004/cbprplus_p.2.1.2_pacs.004_CtoB.xml",
        "iso20022/pacs.004/fedwire_PaymentReturn_Scenario1_Step4_pacs.004.xml",
        "iso20022/pacs.004/cbprplus_p.2.3.1.b_pacs.004_CtoB.xml",
        "iso20022/head.001/fedwire_CustomerCreditTransfer_Scenario1_Step1_head.001.xml",
        "swift-mt/mt103/ballerina_p.2.1.1_C_D.fin",
        "swift-mt/mt103/prowide_MT103ParserTest_L168_stp.fin",
        "swift-mt/mt103/prowide_MT103ParserTest_L250.fin",
        "swift-mt/mt103/ballerina_p.2.3.1.a_A_D.fin",
        "swift-mt/mt202/prowide_MT202ParserTest_L33.fin",
        "swift-mt/mt202/ballerina_c.56.4.1_B_C.fin",
        "swift-mt/mt202/ballerina_pc.09.1.1_mt202_A_B.fin",
        "swift-mt/mt202cov/ballerina_c.29.2.2_A_B.fin",
        "swift-mt/mt202cov/ballerina_p.2.3.1.b_A_B.fin",
        "swift-mt/mt205/ballerina_p.4.3.2_mt205cov_A_B.fin",
        "swift-mt/mt101/prowide_MT101Test_L36.fin",
        "swift-mt/mt101/ballerina_pn.01.1.1_A_B.fin",
        "swift-mt/mt101/prowide_SwiftMessageUtilsTest_L208.fin",
        "swift-mt/mt199/ballerina_p.2.5.2_B_A.fin",
        "swift-mt/mt199/prowide_MT199ParserTest_L29.fin",
        "swift-mt/rje/prowide_MT103-bulk-with-ack.rje",
    ];

    [Theory]
    [MemberData(nameof(Messages))]
    public void Message_IsExtractedInFull(string file)
    {
        var path = Path.Combine(Samples.Payments, file);
        var actual = string.Concat(new PaymentParser().ParseAll(File.ReadAllText(path), Path.GetFileName(file))
            .Select(r => "--- " + r.Origin + "\n" + Rendering.Render(r)));
        var expectedPath = Path.Combine(Samples.Root, "tests", "Interdict.Payments.Tests", "Expected", Path.GetFileName(file) + ".txt");
        if (Environment.GetEnvironmentVariable("PAYMENTS_ACCEPT") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual);
        }
        Assert.True(File.Exists(expectedPath), $"no expected file {expectedPath}");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }
}
