using System.Security.Cryptography;
using Dapper;

namespace Interdict.Storage.Sql;

internal sealed class SqlListVersionStore(Database database, TimeProvider clock) : IListVersionStore
{
    const string Columns = "id, source, label, generated_at, imported_at, imported_by, file_name, format, entry_count, sha256, size";

    public async Task<ListVersionSave> SaveAsync(ListVersionFile file, CancellationToken cancellationToken) =>
        (await SaveAsync(file, null, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<Committed<ListVersionSave>> SaveAsync(ListVersionFile file, Func<StoredListVersion, FollowUp?>? followUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentException.ThrowIfNullOrWhiteSpace(file.Source, nameof(file));
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Content.Span));
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var existing = await connection.QuerySingleOrDefaultAsync<VersionRow>(new CommandDefinition(
                    $"SELECT {Columns} FROM list_versions WHERE source = @Source AND sha256 = @sha256",
                    new { file.Source, sha256 }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                if (existing is not null) return new Committed<ListVersionSave>(new ListVersionSave(existing.ToVersion(), false), null, null);
                var row = new VersionRow
                {
                    Source = file.Source,
                    Label = file.Label,
                    GeneratedAt = Micros.Of(file.Generated),
                    ImportedAt = Micros.Now(clock),
                    ImportedBy = file.ImportedBy,
                    FileName = file.FileName,
                    Format = file.Format,
                    EntryCount = file.EntryCount,
                    Sha256 = sha256,
                    Size = file.Content.Length,
                };
                row.Id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
                    INSERT INTO list_versions (source, label, generated_at, imported_at, imported_by, file_name, format, entry_count, sha256, size, content)
                    VALUES (@Source, @Label, @GeneratedAt, @ImportedAt, @ImportedBy, @FileName, @Format, @EntryCount, @Sha256, @Size, @Content)
                    RETURNING id
                    """,
                    new { row.Source, row.Label, row.GeneratedAt, row.ImportedAt, row.ImportedBy, row.FileName, row.Format, row.EntryCount, row.Sha256, row.Size, Content = file.Content.ToArray() },
                    transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                var (audit, job) = await database.WriteFollowUpAsync(connection, transaction, followUp?.Invoke(row.ToVersion()), clock, cancellationToken).ConfigureAwait(false);
                await database.CommitAsync(transaction, audit, cancellationToken).ConfigureAwait(false);
                return new Committed<ListVersionSave>(new ListVersionSave(row.ToVersion(), true), audit, job);
            }
        }
    }

    public async Task<IReadOnlyList<StoredListVersion>> ListAsync(string? source, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<VersionRow>(new CommandDefinition(
                source is null
                    ? $"SELECT {Columns} FROM list_versions ORDER BY generated_at, id"
                    : $"SELECT {Columns} FROM list_versions WHERE source = @source ORDER BY generated_at, id",
                new { source }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return [.. rows.Select(r => r.ToVersion())];
        }
    }

    public async Task<byte[]?> GetContentAsync(long id, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.QuerySingleOrDefaultAsync<byte[]>(new CommandDefinition(
                "SELECT content FROM list_versions WHERE id = @id", new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
    }

    sealed class VersionRow
    {
        public long Id { get; set; }
        public string Source { get; set; } = "";
        public string Label { get; set; } = "";
        public long GeneratedAt { get; set; }
        public long ImportedAt { get; set; }
        public string ImportedBy { get; set; } = "";
        public string FileName { get; set; } = "";
        public string Format { get; set; } = "";
        public long EntryCount { get; set; }
        public string Sha256 { get; set; } = "";
        public long Size { get; set; }

        public StoredListVersion ToVersion() => new(Id, Source, Label, Micros.To(GeneratedAt), Micros.To(ImportedAt), ImportedBy,
            FileName, Format, checked((int)EntryCount), Sha256, Size);
    }
}
