using Interdict.Cluster;

namespace Interdict.Cluster.Tests;

public sealed class CustomerShardsTests
{
    [Theory]
    [InlineData("abc", 0x90015098u)] // md5("abc") = 900150983cd24fb0d6963f7d28e17f72, as PostgreSQL's md5() gives it
    [InlineData("", 0xd41d8cd9u)]    // md5("") = d41d8cd98f00b204e9800998ecf8427e
    public void Hash_IsTheFirst32BitsOfTheMd5_AsPostgresComputesIt(string id, uint expected) =>
        Assert.Equal(expected, CustomerShards.Hash(id));

    [Fact]
    public void ShardOf_LiesInItsShardsRange_ForEveryShardCount()
    {
        foreach (var shards in new[] { 1, 2, 3, 7, 64, 1000 })
        {
            for (var i = 0; i < 2_000; i++)
            {
                var id = $"customer-{i}";
                var shard = CustomerShards.ShardOf(id, shards);
                var (from, until) = CustomerShards.Range(shard, shards);
                Assert.InRange(CustomerShards.Hash(id), from, until - 1);
            }
        }
    }

    [Fact]
    public void Ranges_CoverEveryHashOnce()
    {
        foreach (var shards in new[] { 1, 3, 64, 1000 })
        {
            long next = 0;
            for (var shard = 0; shard < shards; shard++)
            {
                var (from, until) = CustomerShards.Range(shard, shards);
                Assert.Equal(next, from);
                Assert.True(until > from);
                next = until;
            }
            Assert.Equal(1L << 32, next);
        }
    }

    [Fact]
    public void ShardOf_SpreadsCustomersEvenly()
    {
        var counts = new int[64];
        for (var i = 0; i < 64_000; i++) counts[CustomerShards.ShardOf($"C{i:D7}", 64)]++;
        Assert.All(counts, c => Assert.InRange(c, 800, 1_200));
    }
}
