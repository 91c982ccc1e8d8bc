namespace Interdict.Storage.Sql;

/// <summary>One schema step; applied once, in version order, and recorded in <c>schema_migrations</c>.</summary>
/// <param name="Version">1, 2, 3… Never renumber or edit an applied step: add a new one.</param>
/// <param name="Name">What it does.</param>
/// <param name="Sql">The statements (the provider's dialect).</param>
internal sealed record Migration(int Version, string Name, string Sql);
