using Interdict.Core.Access;

namespace Interdict.Server.Access;

/// <summary>One row of the access table: an endpoint and the least role that may call it.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Route">The route pattern as mapped (<c>/v1/alerts/{id}</c>).</param>
/// <param name="Role">The least role allowed; null means anonymous.</param>
/// <param name="Purpose">What the endpoint does, for the docs.</param>
sealed record EndpointAccess(string Method, string Route, Role? Role, string Purpose);
