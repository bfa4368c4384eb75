using System.Reflection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AirbnbClone.WebApi.OpenApi;

internal static class SwaggerSetup
{
    public const string BearerScheme = "bearer";

    /// <summary>The same kind of token as <see cref="BearerScheme"/>, of an admin account: named apart so the admin operations show it.</summary>
    public const string AdminBearerScheme = "adminBearer";

    public static IServiceCollection AddSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "AirbnbClone API",
                Version = "v1",
                Contact = new OpenApiContact { Name = "AirbnbClone engineering (issues in the project's tracker)" },
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
                Description = TokenDescription,
            });
            options.AddSecurityDefinition(AdminBearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "An access token of an admin account. " + TokenDescription,
            });
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.CustomOperationIds(OperationIds.For);
            options.OperationFilter<ContractOperationFilter>();
            options.OperationFilter<HttpConventionsOperationFilter>();
            options.SchemaFilter<ExamplesSchemaFilter>();
            options.SchemaFilter<ContractSchemaFilter>();
            options.DocumentFilter<ContractDocumentFilter>();
            options.CustomSchemaIds(SchemaId);
            var xml = Path.Combine(AppContext.BaseDirectory, $"{Assembly.GetExecutingAssembly().GetName().Name}.xml");
            if (File.Exists(xml))
            {
                options.IncludeXmlComments(xml);
            }
        });
        return services;
    }

    private const string TokenDescription =
        "The `accessToken` from POST /api/v1/auth/login or /auth/refresh: a JWS (HS256 only, `alg: none` refused) valid 15 minutes, " +
        "issued and validated as RFC8725 (JWT best current practices) advises: fixed algorithm, issuer, audience, expiry and subject checked.";

    /// <summary>Short, stable schema names for generated clients: the type's name; a page of T is "TPage".</summary>
    private static string SchemaId(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Application.Abstractions.Pagination.PagedResponse<>)
            ? SchemaId(type.GetGenericArguments()[0]) + "Page"
            : type == typeof(Microsoft.AspNetCore.Mvc.ProblemDetails) ? Problems.SchemaId : type.Name;
}
