using Interdict.Core.Access;

namespace Interdict.Server.Console;

/// <summary>One row of the console's access table: a page (or a helper endpoint of the pages) and the least role that may open it.</summary>
/// <param name="Route">The route template as the page declares it (<c>/console/alerts/{id:long}</c>).</param>
/// <param name="Role">The least role; null means anyone (the sign-in page).</param>
/// <param name="Purpose">What the page is for, for the docs.</param>
/// <param name="InMenu">The menu label, when the page has an entry in the menu.</param>
sealed record ConsolePage(string Route, Role? Role, string Purpose, string? InMenu = null);
