using Interdict.Core.Alerts;

namespace Interdict.Storage.Sql;

/// <summary>A <c>payment_alert_events</c> row.</summary>
internal sealed class PaymentAlertEventRow
{
    public const string InsertSql = """
        INSERT INTO payment_alert_events (alert_id, at, actor, from_state, to_state, note)
        VALUES (@AlertId, @At, @Actor, @FromState, @ToState, @Note)
        """;

    public long AlertId { get; set; }
    public long At { get; set; }
    public string Actor { get; set; } = "";
    public string? FromState { get; set; }
    public string ToState { get; set; } = "";
    public string Note { get; set; } = "";

    public static PaymentAlertEventRow From(long alertId, PaymentAlertEvent change) => new()
    {
        AlertId = alertId,
        At = Micros.Of(change.At),
        Actor = change.Actor,
        FromState = change.From?.ToString(),
        ToState = change.To.ToString(),
        Note = change.Note,
    };

    public PaymentAlertEvent ToEvent() => new(Micros.To(At), Actor,
        FromState is null ? null : Enum.Parse<PaymentAlertState>(FromState), Enum.Parse<PaymentAlertState>(ToState), Note);
}
