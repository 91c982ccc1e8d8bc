// The response shapes of the customer endpoints (written by CustomerJson and CustomerEndpoints).
namespace Interdict.Server.Contracts;

/// <summary>A stored customer: the fields of a customer CSV, its revision and when it was created and last changed.</summary>
/// <param name="Id">The caller's id.</param>
/// <param name="Name">The name, in any script.</param>
/// <param name="Type">person, organization, vessel, aircraft or unknown.</param>
/// <param name="Dob">Date of birth: YYYY, YYYY-MM or YYYY-MM-DD.</param>
/// <param name="Nationality">ISO code.</param>
/// <param name="Country">ISO code of the country of residence or registration.</param>
/// <param name="Imo">IMO number (vessels, shipping companies).</param>
/// <param name="Bic">SWIFT/BIC code.</param>
/// <param name="Owners">Its owners and controllers, when any were given.</param>
/// <param name="Revision">1 when created, one more at each change of a screening field.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When a screening field last changed.</param>
sealed record Customer(
    string Id, string Name, string Type, string? Dob = null, string? Nationality = null, string? Country = null, string? Imo = null,
    string? Bic = null, Owner[]? Owners = null, int? Revision = null, DateTimeOffset? CreatedAt = null, DateTimeOffset? UpdatedAt = null);

/// <summary>An owner or controller of a customer.</summary>
/// <param name="Name">The owner's name.</param>
/// <param name="Share">The share owned, in percent; absent for a controller or an unknown share.</param>
/// <param name="Identifiers">The owner's IMO number and SWIFT/BIC, when known.</param>
sealed record Owner(string Name, decimal? Share = null, OwnerIdentifiers? Identifiers = null);

/// <summary>An owner's identifiers.</summary>
/// <param name="Imo">IMO number.</param>
/// <param name="Bic">SWIFT/BIC code.</param>
sealed record OwnerIdentifiers(string? Imo = null, string? Bic = null);

/// <summary>A page of customers in id order.</summary>
/// <param name="Total">Customers stored.</param>
/// <param name="Offset">The first customer's position.</param>
/// <param name="Limit">The page size asked for.</param>
/// <param name="Customers">The page.</param>
sealed record CustomerPage(long Total, int Offset, int Limit, Customer[] Customers);

/// <summary>What creating or updating a customer did.</summary>
/// <param name="Outcome">created, updated or unchanged.</param>
/// <param name="Customer">The customer as stored.</param>
/// <param name="Matches">The customer's matches when it was screened (created or changed), else none.</param>
/// <param name="Alerts">Ids of the alerts raised.</param>
/// <param name="Warnings">Field → why it was left out (a bad optional field: the customer is stored and screened by
/// name without it); absent when every field was used.</param>
sealed record CustomerChange(string Outcome, Customer Customer, Match[] Matches, long[] Alerts, Dictionary<string, string>? Warnings = null);

/// <summary>What a bulk CSV import did.</summary>
/// <param name="Created">Customers created.</param>
/// <param name="Updated">Customers whose screening fields changed.</param>
/// <param name="Unchanged">Rows equal to the stored customer.</param>
/// <param name="Screened">Customers screened: those created or changed.</param>
/// <param name="Matches">Hits found.</param>
/// <param name="AlertsRaised">Alerts raised.</param>
/// <param name="BadRows">Rows skipped.</param>
/// <param name="BadRowMessages">The first bad rows, by line.</param>
/// <param name="Warnings">Optional fields left out of rows that were kept (stored and screened by name).</param>
/// <param name="WarningMessages">The first warnings, by line and field.</param>
sealed record CustomerImportResult(long Created, long Updated, long Unchanged, long Screened, int Matches, int AlertsRaised, int BadRows, string[] BadRowMessages,
    int Warnings, string[] WarningMessages);

/// <summary>What a full re-screen did.</summary>
/// <param name="CustomersScored">Customers screened.</param>
/// <param name="Matches">Hits found.</param>
/// <param name="AlertsRaised">Ids of the alerts raised.</param>
/// <param name="ListVersions">The list versions screened against.</param>
/// <param name="ElapsedMs">How long it took.</param>
sealed record CustomerRescreenResult(int CustomersScored, int Matches, long[] AlertsRaised, string[] ListVersions, double ElapsedMs);
