using System.Collections.Concurrent;

namespace Interdict.Matching.Index;

/// <summary>A thread-safe cache of answers by word that stops growing at a bound: the matcher's one way to remember
/// what it worked out for a word (look-ups in an index, Korean syllable splits, joined-word splits, normalised text
/// words). Queries repeat their words (<c>Kim</c>, <c>Mohammad</c>, <c>Trading</c>) thousands of times; a stream of
/// random words must not grow memory forever, so past the bound answers are worked out again and not kept.</summary>
/// <remarks>Keyed by the string with ordinal comparison, which gets the runtime's fast non-randomised hashing (a tuple
/// key was hashed with the randomised hash and cost a third of preparing a query). The bound is a counter, because
/// <c>ConcurrentDictionary.Count</c> takes every lock.</remarks>
/// <typeparam name="TValue">The answer kept per word.</typeparam>
sealed class BoundedCache<TValue>
{
    readonly ConcurrentDictionary<string, TValue> _entries = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    readonly int _limit;
    int _count;

    /// <param name="limit">The most words kept.</param>
    public BoundedCache(int limit)
    {
        _limit = limit;
        _bySpan = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many words are kept.</summary>
    public int Count => Volatile.Read(ref _count);

    public bool TryGetValue(string word, out TValue value) => _entries.TryGetValue(word, out value!);

    /// <summary>As <see cref="TryGetValue(string, out TValue)"/> for a word still inside the text it was read from.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value) => _bySpan.TryGetValue(word, out value!);

    /// <summary>Keeps the answer for <paramref name="word"/> unless the cache is full or already has one.</summary>
    public void Add(string word, TValue value)
    {
        if (Volatile.Read(ref _count) >= _limit) return;
        if (_entries.TryAdd(word, value)) Interlocked.Increment(ref _count);
    }
}
