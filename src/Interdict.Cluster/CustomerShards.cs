using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Interdict.Cluster;

/// <summary>Which shard a customer belongs to: a stable hash of its id split into equal ranges.</summary>
/// <remarks>
/// <para>The hash is the first 32 bits (big-endian) of the MD5 of the id's UTF-8 bytes: the same in every process and
/// every release (unlike <see cref="string.GetHashCode()"/>, randomised per process), and computable by PostgreSQL
/// (<c>('x' || substr(md5(id), 1, 8))::bit(32)::bigint</c>, indexed by Schema/Interdict-Cluster.sql), so a shard reads
/// its own customers with one range scan. MD5 is used as a spreading function here, not for security.</para>
/// <para>Shard <c>s</c> of <c>n</c> holds the hashes <c>h</c> with <c>floor(h · n / 2³²) = s</c>: the half-open range
/// [<c>ceil(s · 2³² / n)</c>, <c>ceil((s + 1) · 2³² / n)</c>).</para>
/// </remarks>
public static class CustomerShards
{
    /// <summary>The SQL expression of <see cref="Hash"/> over the <c>id</c> column (the index's expression, word for word).</summary>
    public const string HashSql = "(('x' || substr(md5(id), 1, 8))::bit(32)::bigint)";

    /// <summary>The stable 32-bit hash of a customer id.</summary>
    /// <param name="customerId">The id.</param>
    public static uint Hash(string customerId)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        Span<byte> digest = stackalloc byte[MD5.HashSizeInBytes];
#pragma warning disable CA5351 // a spreading function shared with PostgreSQL's md5(), not a security measure
        MD5.HashData(Encoding.UTF8.GetBytes(customerId), digest);
#pragma warning restore CA5351
        return BinaryPrimitives.ReadUInt32BigEndian(digest);
    }

    /// <summary>The shard of a customer.</summary>
    /// <param name="customerId">The id.</param>
    /// <param name="shards">How many shards there are.</param>
    public static int ShardOf(string customerId, int shards)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        return (int)((ulong)Hash(customerId) * (ulong)shards >> 32);
    }

    /// <summary>The hashes of shard <paramref name="shard"/>: from <c>From</c> inclusive to <c>Until</c> exclusive.</summary>
    /// <param name="shard">The shard, 0 to <paramref name="shards"/> − 1.</param>
    /// <param name="shards">How many shards there are.</param>
    public static (long From, long Until) Range(int shard, int shards)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(shard);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(shard, shards);
        return (Ceiling(shard, shards), Ceiling(shard + 1, shards));
    }

    static long Ceiling(int shard, int shards) => (long)(((ulong)shard << 32) + (ulong)shards - 1) / shards;
}
