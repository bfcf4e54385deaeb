using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace BoneBalance.Web.Api;

/// <summary>The OpenAPI document's title, description and the bearer-token scheme programs use.</summary>
internal static class OpenApiDocument
{
    /// <summary>Adds the document transformer.</summary>
    public static void Describe(OpenApiOptions options) => options.AddDocumentTransformer((document, _, _) =>
    {
        document.Info.Title = "BoneBalance API";
        document.Info.Description =
            "Food catalogue, knowledge base, profile, diary and intake. Personal endpoints take the browser's session cookie or " +
            "`Authorization: Bearer <token>` from POST /api/tokens. Errors are RFC 9457 problem details; refused input names the field.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API token (bb_…) created with POST /api/tokens.",
        };
        return Task.CompletedTask;
    });
}
