namespace Interdict.Matching.Index;

/// <summary>Deletion-variant hashes to token ids: an open-addressing hash table over flat arrays (no per-entry
/// objects), so a look-up is a couple of array reads.</summary>
sealed class VariantTable
{
    readonly ulong[] _keys;     // 0 = empty slot (a real hash of 0 is stored as 1: a collision only adds a candidate)
    readonly int[] _starts;
    readonly int[] _counts;
    readonly int[] _tokens;
    readonly int _mask;

    VariantTable(ulong[] keys, int[] starts, int[] counts, int[] tokens)
    {
        _keys = keys;
        _starts = starts;
        _counts = counts;
        _tokens = tokens;
        _mask = keys.Length - 1;
    }

    /// <summary>Number of distinct variant hashes.</summary>
    public int Count { get; private init; }

    /// <summary>The tokens that have a variant with this hash.</summary>
    public ReadOnlySpan<int> Find(ulong hash)
    {
        hash = hash == 0 ? 1 : hash;
        for (var slot = (int)(Mix(hash) & (uint)_mask); ; slot = (slot + 1) & _mask)
        {
            var key = _keys[slot];
            if (key == hash) return _tokens.AsSpan(_starts[slot], _counts[slot]);
            if (key == 0) return default;
        }
    }

    /// <summary>Builds the table from (hash, token) pairs sorted by hash then token.</summary>
    public static VariantTable Build(ReadOnlySpan<(ulong Hash, int Token)> sorted)
    {
        var distinct = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || sorted[i].Hash != sorted[i - 1].Hash) distinct++;
        }
        var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, distinct * 2));
        var keys = new ulong[capacity];
        var starts = new int[capacity];
        var counts = new int[capacity];
        var tokens = new int[sorted.Length];
        var mask = capacity - 1;
        var written = 0;
        for (var i = 0; i < sorted.Length;)
        {
            var hash = sorted[i].Hash == 0 ? 1 : sorted[i].Hash;
            var start = written;
            var previous = -1;
            for (; i < sorted.Length && (sorted[i].Hash == 0 ? 1 : sorted[i].Hash) == hash; i++)
            {
                if (sorted[i].Token == previous) continue;
                tokens[written++] = previous = sorted[i].Token;
            }
            var slot = (int)(Mix(hash) & (uint)mask);
            while (keys[slot] != 0) slot = (slot + 1) & mask;
            keys[slot] = hash;
            starts[slot] = start;
            counts[slot] = written - start;
        }
        return new VariantTable(keys, starts, counts, tokens[..written]) { Count = distinct };
    }

    static ulong Mix(ulong hash) => (hash ^ (hash >> 29)) * 0xBF58476D1CE4E5B9UL >> 32;
}
