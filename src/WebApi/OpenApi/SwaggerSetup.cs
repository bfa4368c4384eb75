using System.Reflection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AirbnbClone.WebApi.OpenApi;

internal static class SwaggerSetup
{
    public const string BearerScheme = "bearer";

    public static IServiceCollection AddSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "AirbnbClone API",
                Version = "v1",
                Description = """
                    Rental marketplace backend. Register (POST /api/v1/users), log in (POST /api/v1/auth/login), then press
                    **Authorize** and paste the `accessToken`. Errors are RFC 9457 `application/problem+json` with `status`,
                    `title`, `detail`, a stable `code` (e.g. `User.EmailTaken`) and `traceId`; validation errors add
                    `errors: { field: [message] }`. Lists answer `{ items, nextCursor }`: pass `nextCursor` back as `cursor`.
                    """,
            });
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "The `accessToken` from POST /api/v1/auth/login (valid 15 minutes).",
            });
            options.OperationFilter<AuthorizationOperationFilter>();
            options.OperationFilter<HttpConventionsOperationFilter>();
            options.SchemaFilter<ExamplesSchemaFilter>();
            options.CustomSchemaIds(type => type.FullName!.Replace("AirbnbClone.", string.Empty, StringComparison.Ordinal)
                .Replace('+', '.').Replace("`1[[", "Of", StringComparison.Ordinal).Split(',')[0]);
            var xml = Path.Combine(AppContext.BaseDirectory, $"{Assembly.GetExecutingAssembly().GetName().Name}.xml");
            if (File.Exists(xml))
            {
                options.IncludeXmlComments(xml);
            }
        });
        return services;
    }
}

/// <summary>Marks endpoints that need a token with the bearer requirement, so Swagger UI sends it.</summary>
internal sealed class AuthorizationOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var needsToken = metadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any()
            && !metadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any();
        if (!needsToken)
        {
            return;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(SwaggerSetup.BearerScheme, context.Document)] = [],
        });
    }
}
