using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Interdict.Server.Access;

/// <summary>Adds to each operation of the OpenAPI document the role it requires (from <see cref="AccessTable"/>, the
/// one table authorization reads) and its 401 and 403 answers, so that a client sees them where it reads the operation.</summary>
static class AccessResponses
{
    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        if (AccessTable.Find(description.HttpMethod ?? "", "/" + description.RelativePath) is not { Role: { } role }) return Task.CompletedTask;
        var name = role.ToString().ToLowerInvariant();
        operation.Description = string.IsNullOrEmpty(operation.Description)
            ? $"Requires the {name} role (or a higher one)."
            : $"{operation.Description} Requires the {name} role (or a higher one).";
        operation.Responses ??= [];
        operation.Responses["401"] = Problem("No API key, or one that is unknown or revoked (`Authorization: Bearer <key>`).", context);
        operation.Responses["403"] = Problem($"The key's role is below {name}.", context);
        return Task.CompletedTask;
    }

    static OpenApiResponse Problem(string description, OpenApiOperationTransformerContext context) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", context.Document) },
        },
    };
}
