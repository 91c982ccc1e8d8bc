using System.Text.Json;
using Interdict.Core.Alerts;

namespace Interdict.Server.Console;

/// <summary>Alert states and origins written as the API writes them (<c>confirmed_true_match</c>).</summary>
static class AlertText
{
    public static string State(AlertState state) => State(state.ToString());

    public static string State(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
