using System.Data.Common;
using System.Text;
using Dapper;
using Interdict.Core.Alerts;

namespace Interdict.Storage.Sql;

internal sealed class SqlAlertStore(Database database, TimeProvider clock) : IAlertStore
{
    /// <summary><see cref="Alert.UndecidedStates"/> as an SQL list of the stored state names.</summary>
    static readonly string UndecidedStates = $"({string.Join(", ", Alert.UndecidedStates.Select(s => $"'{s}'"))})";

    public async Task<IReadOnlyList<Alert>> AddAsync(IReadOnlyList<Alert> alerts, string actor, CancellationToken cancellationToken) =>
        (await AddAsync(alerts, actor, null, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<Committed<IReadOnlyList<Alert>>> AddAsync(IReadOnlyList<Alert> alerts, string actor, Func<IReadOnlyList<Alert>, FollowUp?>? followUp,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (alerts.Count == 0) return new([], null, null);
        var now = clock.GetUtcNow();
        var stored = new List<Alert>(alerts.Count);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                using var insertAlert = new RowCommand<AlertRow>(connection, transaction, AlertRow.InsertSql);
                using var insertEvent = new RowCommand<AlertEventRow>(connection, transaction, AlertEventRow.InsertSql);
                foreach (var alert in alerts)
                {
                    var raised = alert with
                    {
                        CreatedAt = Micros.To(Micros.Of(alert.CreatedAt == default ? now : alert.CreatedAt)),
                        UpdatedAt = Micros.To(Micros.Of(alert.UpdatedAt == default ? now : alert.UpdatedAt)),
                        Version = 1,
                    };
                    var id = Convert.ToInt64(await insertAlert.ScalarAsync(AlertRow.From(raised), cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
                    raised = raised with { Id = id };
                    await insertEvent.ExecuteAsync(AlertEventRow.From(id, raised.Raised(actor)), cancellationToken).ConfigureAwait(false);
                    stored.Add(raised);
                }
                var (audit, job) = await database.WriteFollowUpAsync(connection, transaction, followUp?.Invoke(stored), clock, cancellationToken).ConfigureAwait(false);
                await database.CommitAsync(transaction, audit, cancellationToken).ConfigureAwait(false);
                return new Committed<IReadOnlyList<Alert>>(stored, audit, job);
            }
        }
    }

    public async Task<Alert?> FindAsync(long id, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var row = await connection.QuerySingleOrDefaultAsync<AlertRow>(new CommandDefinition(
                $"SELECT {AlertRow.Columns} FROM alerts WHERE id = @id", new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return row?.ToAlert();
        }
    }

    public async Task<Page<Alert>> QueryAsync(AlertQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var where = new StringBuilder("WHERE 1 = 1");
        var parameters = new DynamicParameters();
        if (query.State is { } state) { where.Append(" AND state = @State"); parameters.Add("State", state.ToString()); }
        if (query.Source is { } source) { where.Append(" AND source = @Source"); parameters.Add("Source", source); }
        if (query.CustomerId is { } customer) { where.Append(" AND customer_id = @CustomerId"); parameters.Add("CustomerId", customer); }
        if (query.MinScore is { } min) { where.Append(" AND score >= @MinScore"); parameters.Add("MinScore", min); }
        if (query.MaxScore is { } max) { where.Append(" AND score <= @MaxScore"); parameters.Add("MaxScore", max); }
        if (query.CreatedFrom is { } from) { where.Append(" AND created_at >= @CreatedFrom"); parameters.Add("CreatedFrom", Micros.Of(from)); }
        if (query.CreatedBefore is { } before) { where.Append(" AND created_at < @CreatedBefore"); parameters.Add("CreatedBefore", Micros.Of(before)); }
        parameters.Add("Limit", (long)query.Limit);
        parameters.Add("Offset", (long)query.Offset);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                $"SELECT count(*) FROM alerts {where}", parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
            var rows = await connection.QueryAsync<AlertRow>(new CommandDefinition(
                $"SELECT {AlertRow.Columns} FROM alerts {where} ORDER BY id DESC LIMIT @Limit OFFSET @Offset",
                parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return new Page<Alert>([.. rows.Select(r => r.ToAlert())], total, query.Offset, query.Limit);
        }
    }

    public async Task<Alert?> TryUpdateAsync(Alert changed, AlertEvent change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(change);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var saved = await UpdateAsync(connection, transaction, changed, change, cancellationToken).ConfigureAwait(false);
                if (saved is null) return null;
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return saved;
            }
        }
    }

    public async Task<IReadOnlyList<AlertEvent>> EventsAsync(long id, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<AlertEventRow>(new CommandDefinition(
                "SELECT alert_id, at, actor, from_state, to_state, note FROM alert_events WHERE alert_id = @id ORDER BY id",
                new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return [.. rows.Select(r => r.ToEvent())];
        }
    }

    public async Task<AlertStanding> StandingAsync(IReadOnlyCollection<string> customerIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customerIds);
        var underReview = new List<(string, string)>();
        var falsePositives = new List<(string, string, string, string)>();
        if (customerIds.Count == 0) return new AlertStanding(underReview, falsePositives);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            foreach (var chunk in SqlList.Chunks(customerIds))
            {
                var (placeholders, parameters) = SqlList.Of(chunk);
                var rows = await connection.QueryAsync<StandingRow>(new CommandDefinition($"""
                    SELECT customer_id, entry_key, state, customer_fingerprint, entry_fingerprint FROM alerts WHERE customer_id IN ({placeholders})
                    """, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
                // The states are told apart here, not in SQL: a condition on the state tempts SQLite's planner to read
                // every open alert through the state index instead of the few alerts of these customers.
                foreach (var row in rows)
                {
                    if (row.State == nameof(AlertState.ConfirmedFalsePositive))
                        falsePositives.Add((row.CustomerId, row.EntryKey, row.CustomerFingerprint, row.EntryFingerprint));
                    else if (Enum.TryParse<AlertState>(row.State, out var state) && Alert.IsUndecidedState(state)) underReview.Add((row.CustomerId, row.EntryKey));
                }
            }
        }
        return new AlertStanding(underReview, falsePositives);
    }

    sealed class StandingRow
    {
        public string CustomerId { get; set; } = "";
        public string EntryKey { get; set; } = "";
        public string State { get; set; } = "";
        public string CustomerFingerprint { get; set; } = "";
        public string EntryFingerprint { get; set; } = "";
    }

    public async Task<int> MarkDelistedAsync(IReadOnlyCollection<string> entryKeys, string listVersion, string actor, CancellationToken cancellationToken) =>
        (await MarkDelistedAsync(entryKeys, listVersion, actor, null, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<Committed<int>> MarkDelistedAsync(IReadOnlyCollection<string> entryKeys, string listVersion, string actor,
        Func<int, FollowUp?>? followUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entryKeys);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (entryKeys.Count == 0) return new(0, null, null);
        var now = Micros.To(Micros.Now(clock));
        var marked = 0;
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                foreach (var chunk in SqlList.Chunks(entryKeys))
                {
                    var (placeholders, parameters) = SqlList.Of(chunk);
                    var rows = await connection.QueryAsync<AlertRow>(new CommandDefinition(
                        $"SELECT {AlertRow.Columns} FROM alerts WHERE entry_key IN ({placeholders}) AND state IN {UndecidedStates}",
                        parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                    foreach (var row in rows)
                    {
                        var transition = row.ToAlert().MarkDelisted(actor, listVersion, now);
                        if (!transition.Succeeded) continue;
                        if (await UpdateAsync(connection, transaction, transition.Alert, transition.Event, cancellationToken).ConfigureAwait(false) is not null)
                            marked++;
                    }
                }
                var (audit, job) = marked == 0 ? (null, null)
                    : await database.WriteFollowUpAsync(connection, transaction, followUp?.Invoke(marked), clock, cancellationToken).ConfigureAwait(false);
                await database.CommitAsync(transaction, audit, cancellationToken).ConfigureAwait(false);
                return new Committed<int>(marked, audit, job);
            }
        }
    }

    static async Task<Alert?> UpdateAsync(DbConnection connection, DbTransaction transaction, Alert changed, AlertEvent change, CancellationToken cancellationToken)
    {
        var row = AlertRow.From(changed with { UpdatedAt = Micros.To(Micros.Of(changed.UpdatedAt)) });
        var affected = await connection.ExecuteAsync(new CommandDefinition(AlertRow.UpdateSql, row, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (affected == 0) return null;
        await connection.ExecuteAsync(new CommandDefinition(AlertEventRow.InsertSql,
            AlertEventRow.From(changed.Id, change), transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return changed with { Version = changed.Version + 1, UpdatedAt = Micros.To(row.UpdatedAt) };
    }
}
