namespace Interdict.Hosting.Lists;

/// <summary>Holds the lists being served and swaps them whole when they change.</summary>
/// <remarks>Readers take <see cref="Current"/> (one volatile read, no lock) and use that state for the whole request.
/// Writers are serialised by one semaphore: an update builds its new state off to the side while the old one keeps
/// serving, then publishes it with one reference assignment. A failed update publishes nothing, so the previous lists
/// keep serving. Thread-safe.</remarks>
public sealed class ListHost : IDisposable
{
    readonly SemaphoreSlim _writer = new(1, 1);
    ListState _state;

    /// <summary>A host serving no list yet.</summary>
    /// <param name="clock">What "now" is for every state published: a version is in force from its date.</param>
    public ListHost(TimeProvider clock) => _state = new([], 0, clock);

    /// <summary>The lists being served now.</summary>
    public ListState Current => Volatile.Read(ref _state);

    /// <summary>Runs <paramref name="update"/> as the only writer; when it returns a new state, that state is published.</summary>
    /// <typeparam name="T">What the update reports.</typeparam>
    /// <param name="update">Receives the current state; returns the state to publish (null: publish nothing) and its report.</param>
    /// <param name="cancellationToken">Cancels waiting for the writer lock and the update.</param>
    /// <returns>The update's report.</returns>
    public async Task<T> UpdateAsync<T>(Func<ListState, CancellationToken, Task<(ListState? Next, T Report)>> update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var (next, report) = await update(Current, cancellationToken).ConfigureAwait(false);
            if (next is not null) Volatile.Write(ref _state, next);
            return report;
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _writer.Dispose();
}
