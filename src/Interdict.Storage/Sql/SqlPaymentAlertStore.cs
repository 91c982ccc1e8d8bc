using System.Globalization;
using System.Text;
using Dapper;
using Interdict.Core.Alerts;

namespace Interdict.Storage.Sql;

internal sealed class SqlPaymentAlertStore(Database database, TimeProvider clock) : IPaymentAlertStore
{
    public async Task<Committed<IReadOnlyList<PaymentAlertAdded>>> AddAsync(IReadOnlyList<PaymentAlert> alerts, string actor,
        Func<IReadOnlyList<PaymentAlert>, FollowUp?>? followUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (alerts.Count == 0) return new([], null, null);
        var now = clock.GetUtcNow();
        var added = new List<PaymentAlertAdded>(alerts.Count);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                using var insertAlert = new RowCommand<PaymentAlertRow>(connection, transaction, PaymentAlertRow.InsertSql);
                using var insertEvent = new RowCommand<PaymentAlertEventRow>(connection, transaction, PaymentAlertEventRow.InsertSql);
                foreach (var alert in alerts)
                {
                    var raised = alert with
                    {
                        CreatedAt = Micros.To(Micros.Of(alert.CreatedAt == default ? now : alert.CreatedAt)),
                        UpdatedAt = Micros.To(Micros.Of(alert.UpdatedAt == default ? now : alert.UpdatedAt)),
                        State = PaymentAlertState.Open,
                        Proposal = null,
                        Review = null,
                        Version = 1,
                    };
                    // The unique (message_id, content_hash) decides, not a look-up first: two processes screening the same
                    // message at once still raise one alert.
                    var id = await insertAlert.ScalarAsync(PaymentAlertRow.From(raised), cancellationToken).ConfigureAwait(false);
                    if (id is null or DBNull)
                    {
                        var existing = await connection.QuerySingleAsync<PaymentAlertRow>(new CommandDefinition(
                            $"SELECT {PaymentAlertRow.Columns} FROM payment_alerts WHERE message_id = @MessageId AND content_hash = @ContentHash",
                            new { alert.MessageId, alert.ContentHash }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                        added.Add(new PaymentAlertAdded(existing.ToAlert(), false));
                        continue;
                    }
                    raised = raised with { Id = Convert.ToInt64(id, CultureInfo.InvariantCulture) };
                    await insertEvent.ExecuteAsync(PaymentAlertEventRow.From(raised.Id, raised.Raised(actor)), cancellationToken).ConfigureAwait(false);
                    added.Add(new PaymentAlertAdded(raised, true));
                }
                var stored = added.Where(a => a.New).Select(a => a.Alert).ToList();
                var (audit, job) = stored.Count == 0 ? (null, null)
                    : await database.WriteFollowUpAsync(connection, transaction, followUp?.Invoke(stored), clock, cancellationToken).ConfigureAwait(false);
                await database.CommitAsync(transaction, audit, cancellationToken).ConfigureAwait(false);
                return new Committed<IReadOnlyList<PaymentAlertAdded>>(added, audit, job);
            }
        }
    }

    public async Task<PaymentAlert?> FindAsync(long id, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var row = await connection.QuerySingleOrDefaultAsync<PaymentAlertRow>(new CommandDefinition(
                $"SELECT {PaymentAlertRow.Columns} FROM payment_alerts WHERE id = @id", new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return row?.ToAlert();
        }
    }

    public async Task<Page<PaymentAlert>> QueryAsync(PaymentAlertQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var where = new StringBuilder("WHERE 1 = 1");
        var parameters = new DynamicParameters();
        if (query.State is { } state) { where.Append(" AND state = @State"); parameters.Add("State", state.ToString()); }
        if (query.Outcome is { } outcome) { where.Append(" AND outcome = @Outcome"); parameters.Add("Outcome", outcome); }
        if (query.MessageId is { } messageId) { where.Append(" AND message_id = @MessageId"); parameters.Add("MessageId", messageId); }
        parameters.Add("Limit", (long)query.Limit);
        parameters.Add("Offset", (long)query.Offset);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                $"SELECT count(*) FROM payment_alerts {where}", parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
            var rows = await connection.QueryAsync<PaymentAlertRow>(new CommandDefinition(
                $"SELECT {PaymentAlertRow.Columns} FROM payment_alerts {where} ORDER BY id DESC LIMIT @Limit OFFSET @Offset",
                parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return new Page<PaymentAlert>([.. rows.Select(r => r.ToAlert())], total, query.Offset, query.Limit);
        }
    }

    public async Task<PaymentAlert?> TryUpdateAsync(PaymentAlert changed, PaymentAlertEvent change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(change);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var row = PaymentAlertRow.From(changed with { UpdatedAt = Micros.To(Micros.Of(changed.UpdatedAt)) });
                var affected = await connection.ExecuteAsync(new CommandDefinition(PaymentAlertRow.UpdateSql, row, transaction,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                if (affected == 0) return null;
                await connection.ExecuteAsync(new CommandDefinition(PaymentAlertEventRow.InsertSql, PaymentAlertEventRow.From(changed.Id, change),
                    transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return changed with { Version = changed.Version + 1, UpdatedAt = Micros.To(row.UpdatedAt) };
            }
        }
    }

    public async Task<IReadOnlyList<PaymentAlertEvent>> EventsAsync(long id, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<PaymentAlertEventRow>(new CommandDefinition(
                "SELECT alert_id, at, actor, from_state, to_state, note FROM payment_alert_events WHERE alert_id = @id ORDER BY id",
                new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return [.. rows.Select(r => r.ToEvent())];
        }
    }
}
