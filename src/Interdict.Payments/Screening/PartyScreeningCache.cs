using System.Collections.Concurrent;
using System.Text;
using Interdict.Core.Lists;
using Interdict.Core.Screening;

namespace Interdict.Payments.Screening;

/// <summary>Remembers what the screener answered for a party query on a day, so that the agents and counterparties that
/// recur message after message are screened once, not in every payment.</summary>
/// <remarks>
/// <para>Correct by construction. The key is the whole query — name, kind, identifiers, date of birth, nationality —
/// and the as-of day: everything <see cref="IPartyScreener.Screen"/> is given. The options are fixed for the cache's
/// life, and so is the screener: the cache belongs to one <see cref="PaymentScreening"/>, and the server builds a new one
/// (with an empty cache) whenever lists are published, so an answer from an older list can never be served. It relies
/// on what <see cref="IPartyScreener"/> implementations are (the matching engine's screener is immutable): the same
/// query on the same day gets the same answer.</para>
/// <para>Bounded: when it holds <c>maxEntries</c> answers it is emptied and fills again with what recurs. A
/// generation cleared now and then costs a few misses; an eviction order kept on every hit would cost every lookup.
/// The answers held are counted here, not asked of the dictionary: <see cref="ConcurrentDictionary{TKey, TValue}.Count"/>
/// takes every one of its locks, and asking it on every miss cost 5 % of a folder's screening on two cores (perf,
/// docs/performance.md). Threads adding while another empties the cache may leave the count a few above what is held,
/// which only empties the next generation a few answers early.</para>
/// <para>Thread-safe. Two threads missing on the same key at once both screen it; either answer is the same.</para>
/// </remarks>
/// <param name="screener">The screener whose answers are kept.</param>
/// <param name="maxEntries">The most answers held; 0 keeps none (every query goes to the screener).</param>
sealed class PartyScreeningCache(IPartyScreener screener, int maxEntries)
{
    readonly ConcurrentDictionary<Key, IReadOnlyList<PartyHit>> _answers = new();
    readonly Lock _emptying = new();
    int _held;
    long _lookups;
    long _hits;

    /// <summary>The screener's hits for <paramref name="query"/> on <paramref name="asOf"/>, from the cache when asked before.</summary>
    public IReadOnlyList<PartyHit> Screen(PartyQuery query, DateOnly asOf)
    {
        var key = Key.Of(query, asOf);
        Interlocked.Increment(ref _lookups);
        if (_answers.TryGetValue(key, out var known))
        {
            Interlocked.Increment(ref _hits);
            return known;
        }
        var answer = screener.Screen(query, asOf);
        if (maxEntries == 0) return answer;
        if (Volatile.Read(ref _held) >= maxEntries) Empty();
        if (_answers.TryAdd(key, answer)) Interlocked.Increment(ref _held);
        return answer;
    }

    /// <summary>Starts a new generation; once, when several threads find the cache full at the same time.</summary>
    void Empty()
    {
        lock (_emptying)
        {
            if (Volatile.Read(ref _held) < maxEntries) return;
            _answers.Clear();
            Volatile.Write(ref _held, 0);
        }
    }

    /// <summary>Lookups and hits since the cache was made.</summary>
    public PartyCacheStatistics Statistics => new(Interlocked.Read(ref _lookups), Interlocked.Read(ref _hits), _answers.Count);

    /// <summary>A party query and its day, compared by value (a <see cref="PartyQuery"/> compares its identifiers by
    /// reference).</summary>
    readonly record struct Key(string Name, PartyKind Kind, PartialDate? DateOfBirth, string? Nationality, string Identifiers, DateOnly AsOf)
    {
        public static Key Of(PartyQuery query, DateOnly asOf) =>
            new(query.Name, query.Kind, query.DateOfBirth, query.Nationality, IdentifiersOf(query), asOf);

        /// <summary>Kind and canonical value of each identifier; canonical values are letters and digits only, so the
        /// separators cannot be confused with them.</summary>
        static string IdentifiersOf(PartyQuery query)
        {
            if (query.Identifiers.IsDefaultOrEmpty) return "";
            if (query.Identifiers.Length == 1) return string.Concat(query.Identifiers[0].Kind.ToString(), ":", query.Identifiers[0].Value);
            var text = new StringBuilder();
            foreach (var identifier in query.Identifiers) text.Append(identifier.Kind).Append(':').Append(identifier.Value).Append(';');
            return text.ToString();
        }
    }
}

/// <summary>How often the party cache of a <see cref="PaymentScreening"/> answered.</summary>
/// <param name="Lookups">Party queries asked (names and BICs).</param>
/// <param name="Hits">Those answered from the cache.</param>
/// <param name="Entries">Answers held now.</param>
public readonly record struct PartyCacheStatistics(long Lookups, long Hits, int Entries)
{
    /// <summary>Hits per lookup, 0 before any.</summary>
    public double HitRate => Lookups == 0 ? 0 : (double)Hits / Lookups;
}
