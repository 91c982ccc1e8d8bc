using System.Globalization;
using System.Security;
using Interdict.Matching.Tests.Monitoring;

namespace Interdict.Benchmarks;

/// <summary>Payment traffic of typical size for the throughput and HTTP benchmarks: the real CBPR+ pacs.008 sample (3.9 KB,
/// 9 parties and agents) with its debtor and creditor renamed from a drawn population (synthetic names, and 1 % written
/// after UN-listed entries, so that some messages are reviewed or held as in real traffic), and
/// its ids and amount varied, so that no two messages are the same.</summary>
static class PaymentMessages
{
    const string Sample = "cbprplus_c.53.5_pacs.008_AtoB.xml";

    public static string[] Draw(int count, int seed = 17)
    {
        var template = File.ReadAllText(Path.Combine(BenchmarkData.TestDataFolder, "data", "payments", "iso20022", "pacs.008", Sample));
        // No "other" real names: the OFAC names the population would mix in are listed here, since OFAC is screened.
        var names = new PartyPopulation(seed, BenchmarkData.Un.Entries, []).Draw(count * 2, nearListed: 0.01).Select(p => p.Query.Name).ToArray();
        var messages = new string[count];
        for (var i = 0; i < count; i++)
        {
            var id = "BENCH" + i.ToString("D8", CultureInfo.InvariantCulture);
            messages[i] = template
                .Replace("pacs8bizmsgidr01", id, StringComparison.Ordinal)
                .Replace("E2E04044506271305", "E2E" + id, StringComparison.Ordinal)
                .Replace(">500000<", ">" + (1000 + i % 900_000).ToString(CultureInfo.InvariantCulture) + "<", StringComparison.Ordinal)
                .Replace(">Australian Submarine<", ">" + SecurityElement.Escape(names[2 * i]) + "<", StringComparison.Ordinal)
                .Replace(">Agoda Company<", ">" + SecurityElement.Escape(names[2 * i + 1]) + "<", StringComparison.Ordinal);
        }
        return messages;
    }
}
