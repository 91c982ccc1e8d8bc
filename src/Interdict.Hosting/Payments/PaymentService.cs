using System.Globalization;
using Interdict.Core.Audit;
using Interdict.Hosting.Access;
using Interdict.Hosting.Audit;
using Interdict.Hosting.Checks;
using Interdict.Hosting.Lists;
using Interdict.Payments;
using Interdict.Payments.Screening;
using Interdict.Storage;

namespace Interdict.Hosting.Payments;

/// <summary>Screens payment messages (ISO 20022, SWIFT MT) against the served lists and decides them under the served
/// rulebook, and records each run in the audit trail with the list and rulebook versions used.</summary>
/// <remarks>Thread-safe. The screening is rebuilt only when the lists are republished: building the rule evaluator
/// indexes the rulebook, which is too slow to do per message.</remarks>
public sealed class PaymentService
{
    readonly ListHost _lists;
    readonly RulebookHost _rulebook;
    readonly IAuditLog _audit;
    readonly TimeProvider _time;
    readonly PaymentParser _parser = new();
    Built? _built;

    sealed record Built(ListState State, PaymentScreening Screening);

    /// <summary>Creates the service.</summary>
    public PaymentService(ListHost lists, RulebookHost rulebook, IAuditLog audit, TimeProvider time)
    {
        _lists = lists;
        _rulebook = rulebook;
        _audit = audit;
        _time = time;
    }

    /// <summary>Reads and screens every message of <paramref name="text"/>, in order, without recording them. A
    /// message without a value date is screened as of today.</summary>
    /// <param name="text">One or more messages.</param>
    /// <param name="origin">A label for the source in answers and errors (a file name).</param>
    public IReadOnlyList<ScreenedPayment> Screen(string text, string origin) => Screen(_parser.ParseAll(text, origin));

    /// <summary>Screens messages already read, in order; a batch on every core (the screening is thread-safe).</summary>
    public IReadOnlyList<ScreenedPayment> Screen(IEnumerable<PaymentReadResult> reads)
    {
        ArgumentNullException.ThrowIfNull(reads);
        var screening = Screening();
        var today = Today;
        var all = reads as IReadOnlyList<PaymentReadResult> ?? [.. reads];
        // One message (a request) is screened on the caller's thread: a parallel query costs more than it saves there.
        if (all.Count < 2) return [.. all.Select(read => ScreenOne(read, screening, today))];
        return [.. all.AsParallel().AsOrdered().Select(read => ScreenOne(read, screening, today))];
    }

    /// <summary>Reads and screens every message of <paramref name="sources"/> (the files of a folder), in order, as the
    /// caller takes them: each source is read and screened on whichever core is free, so that a folder of messages uses
    /// every core, and only the answers not yet taken are held (PLINQ's ordered merge holds at most 8,192 a core, and a
    /// producer that is that far ahead waits), so that a folder of any size streams.
    /// One source (a file of one or more messages, capped by the parser) is read whole first, then screened so.</summary>
    public IEnumerable<ScreenedPayment> ScreenEach(IReadOnlyList<PaymentSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Count == 1) return Screen(PaymentBatch.Read(sources, _parser));
        var screening = Screening();
        var today = Today;
        return sources.AsParallel().AsOrdered()
            .SelectMany(source => PaymentBatch.Read([source], _parser).Select(read => ScreenOne(read, screening, today)));
    }

    static ScreenedPayment ScreenOne(PaymentReadResult read, PaymentScreening screening, DateOnly today) =>
        read.TryGetPayment(out var payment)
            ? new ScreenedPayment(read, screening.Screen(payment, payment.ValueDate ?? today))
            : new ScreenedPayment(read, null);

    /// <summary>Records one run (a request, a file, a folder, standard input) in the audit trail.</summary>
    /// <param name="input">What was screened (a file or folder name, <c>request</c>).</param>
    /// <param name="sha256">The SHA-256 of the input, when one input was read.</param>
    /// <param name="screened">Every message's answer.</param>
    /// <param name="actor">Who asked.</param>
    /// <param name="cancellationToken">Cancels waiting for the commit.</param>
    public async Task RecordAsync(string input, string? sha256, IReadOnlyList<ScreenedPayment> screened, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(screened);
        using var run = new PaymentRunRecord(input, sha256);
        foreach (var one in screened) run.Add(one);
        await RecordAsync(run, actor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records one run whose answers were added to <paramref name="run"/> as they were written.</summary>
    /// <param name="run">The run: what was screened and every message's answer.</param>
    /// <param name="actor">Who asked.</param>
    /// <param name="cancellationToken">Cancels waiting for the commit.</param>
    public async Task RecordAsync(PaymentRunRecord run, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(actor);
        var entry = new AuditEntry(actor.Name, AuditActions.PaymentsScreen, run.Subject)
        {
            Inputs = AuditJson.Of(json =>
            {
                json.WriteStartObject();
                json.WriteString("input", run.Input);
                if (run.Sha256 is { } sha256) json.WriteString("sha256", sha256);
                json.WriteNumber("messages", run.Count);
                json.WriteEndObject();
            }),
            Outputs = run.Outputs(),
            ListVersions = ListVersions(),
            RulebookVersion = RulebookVersion,
        };
        await _audit.AppendAsync(entry, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The versions of the served lists (<c>un 2026-11-20…</c>), as audit records and payment alerts name them.</summary>
    public System.Collections.Immutable.ImmutableArray<string> ListVersions() =>
        [.. _lists.Current.Sources.Select(s => _lists.Current.FindNewest(s)!.Snapshot.Version.ToString())];

    /// <summary>The version of the served rulebook.</summary>
    public string RulebookVersion => _rulebook.Version;

    /// <summary>Today by the injected clock: the date a message without a value date is screened as of.</summary>
    internal DateOnly Today => DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);

    PaymentScreening Screening()
    {
        var state = _lists.Current;
        var built = Volatile.Read(ref _built);
        if (built is not null && ReferenceEquals(built.State, state)) return built.Screening;
        // Two threads may build at once after a publication; either result is right and the last one stays.
        built = new Built(state, new PaymentScreening(state.Screener, _rulebook.Rulebook));
        Volatile.Write(ref _built, built);
        return built.Screening;
    }
}
