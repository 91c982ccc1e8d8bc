using Interdict.Core.Access;
using Interdict.Core.Audit;
using Interdict.Hosting.Audit;
using Interdict.Server.Access;
using Interdict.Server.Http;
using Interdict.Storage;

namespace Interdict.Server.Endpoints;

/// <summary><c>/v1/keys…</c>: create (the key is shown once), list and revoke API keys.</summary>
static class KeyEndpoints
{
    public static IEndpointRouteBuilder MapKeys(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/keys").WithTags("Access");
        group.MapGet("", List).WithName("Keys").WithSummary("Every API key, revoked ones included (never the secrets)").Produces<Contracts.KeysResult>();
        group.MapPost("", Create).WithName("KeyCreate").WithSummary("Create an API key; the response holds the key, shown this once")
            .Accepts<KeyRequest>("application/json").Produces<Contracts.KeyCreated>(StatusCodes.Status201Created).ProducesValidationProblem();
        group.MapDelete("/{id}", Revoke).WithName("KeyRevoke").WithSummary("Revoke an API key")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    static async Task<IResult> List(IApiKeyStore keys, HttpContext http)
    {
        var all = await keys.ListAsync(http.RequestAborted).ConfigureAwait(false);
        return TypedResults.Ok(new Contracts.KeysResult([.. all.Select(Summary)]));
    }

    /// <summary>The longest key name: it is the actor of every audit record made with the key.</summary>
    const int MaxNameLength = 100;

    static async Task<IResult> Create(KeyRequest request, IApiKeyStore keys, IAuditLog audit, HttpContext http)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Name)) errors["name"] = ["a name is required: it is recorded as the actor of everything done with the key"];
        else if (request.Name.Trim().Length > MaxNameLength) errors["name"] = [$"at most {MaxNameLength} characters"];
        else if (request.Name.Any(char.IsControl)) errors["name"] = ["may not contain control characters (such as NUL or a line break)"];
        if (!TryRole(request.Role, out var role)) errors["role"] = ["must be screener, analyst, supervisor or admin"];
        if (errors.Count > 0) return Problems.Fields(errors);
        var created = await keys.CreateAsync(request.Name!.Trim(), role, http.RequestAborted).ConfigureAwait(false);
        await Record(audit, http, AuditActions.KeyCreate, created.Key).ConfigureAwait(false);
        return TypedResults.Created($"/v1/keys/{created.Key.Id}", new Contracts.KeyCreated(
            created.Key.Id, created.Key.Name, created.Key.Role.ToString().ToLowerInvariant(), created.Plaintext, "Store this key now: it is not shown again."));
    }

    static async Task<IResult> Revoke(string id, IApiKeyStore keys, ApiKeyCache cache, IAuditLog audit, HttpContext http)
    {
        var key = (await keys.ListAsync(http.RequestAborted).ConfigureAwait(false)).FirstOrDefault(k => k.Id == id && k.IsActive);
        if (key is null || !await keys.RevokeAsync(id, http.RequestAborted).ConfigureAwait(false)) return Problems.NotFound($"no active key '{id}'");
        cache.Forget(id);
        await Record(audit, http, AuditActions.KeyRevoke, key).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    static Task Record(IAuditLog audit, HttpContext http, string action, ApiKey key) =>
        audit.AppendAsync(new AuditEntry(http.Actor().Name, action, key.Id)
        {
            Inputs = AuditJson.Of(json =>
            {
                json.WriteStartObject();
                json.WriteString("name", key.Name);
                json.WriteString("role", key.Role.ToString().ToLowerInvariant());
                json.WriteEndObject();
            }),
        }, http.RequestAborted);

    internal static bool TryRole(string? text, out Role role) =>
        Enum.TryParse(text, ignoreCase: true, out role) && Enum.IsDefined(role) && !int.TryParse(text, out _);

    static Contracts.KeySummary Summary(ApiKey key) => new(key.Id, key.Name, key.Role.ToString().ToLowerInvariant(), key.CreatedAt, key.RevokedAt);
}
