using System.Data.Common;
using Interdict.Core.Customers;

namespace Interdict.Storage.Sql;

/// <summary>A customer's fields as the parameters of a prepared command (<c>@Id</c>, <c>@Name</c>, …), set row after row.</summary>
internal sealed class CustomerParameters
{
    public required DbParameter Id { get; init; }
    public required DbParameter Name { get; init; }
    public required DbParameter Kind { get; init; }
    public required DbParameter DateOfBirth { get; init; }
    public required DbParameter Nationality { get; init; }
    public required DbParameter Country { get; init; }
    public required DbParameter Identifiers { get; init; }
    public required DbParameter Fingerprint { get; init; }

    public static CustomerParameters Add(DbCommand command) => new()
    {
        Id = Parameter(command, "@Id", System.Data.DbType.String),
        Name = Parameter(command, "@Name", System.Data.DbType.String),
        Kind = Parameter(command, "@Kind", System.Data.DbType.String),
        DateOfBirth = Parameter(command, "@DateOfBirth", System.Data.DbType.String),
        Nationality = Parameter(command, "@Nationality", System.Data.DbType.String),
        Country = Parameter(command, "@Country", System.Data.DbType.String),
        Identifiers = Parameter(command, "@Identifiers", System.Data.DbType.String),
        Fingerprint = Parameter(command, "@Fingerprint", System.Data.DbType.String),
    };

    public void Set(Customer customer)
    {
        Id.Value = customer.Id;
        Name.Value = customer.Name;
        Kind.Value = customer.Kind.ToString();
        DateOfBirth.Value = (object?)customer.DateOfBirth?.ToString() ?? DBNull.Value;
        Nationality.Value = (object?)customer.Nationality ?? DBNull.Value;
        Country.Value = (object?)customer.Country ?? DBNull.Value;
        Identifiers.Value = JsonText.Identifiers(customer.Identifiers);
        Fingerprint.Value = customer.Fingerprint;
    }

    internal static DbParameter Parameter(DbCommand command, string name, System.Data.DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
