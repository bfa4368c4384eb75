using System.Globalization;
using System.Threading.RateLimiting;
using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Concurrency;
using AirbnbClone.Infrastructure.Authentication;
using AirbnbClone.Infrastructure.RateLimiting;
using AirbnbClone.WebApi.Http;
using AirbnbClone.WebApi.Infrastructure;
using AirbnbClone.WebApi.OpenApi;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace AirbnbClone.WebApi;

public static class DependencyInjection
{
    public static IServiceCollection AddPresentation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = RequestLimits.MaxBodyBytes);
        AddProblemDetails(services);
        AddAuthentication(services, configuration);
        AddRateLimiting(services, configuration);
        AddHttpConventions(services, configuration);
        services.AddSwagger();
        return services;
    }

    /// <summary>CORS, conditional requests, compression of public reads, trace ids (docs/adr/0013-http-conventions.md).</summary>
    private static void AddHttpConventions(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        services.AddApiCors(configuration);
        services.AddScoped<IRequestPreconditions, RequestPreconditions>();
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true; // safe: only public answers are compressed (PublicResponsesCompressionProvider)
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["application/json"];
        });
        // Optimal is Brotli quality 4 / gzip level 6 (not the slow maximum): a 100-item search page of ~47 KB costs
        // well under a millisecond, and Fastest's Brotli (quality 1) compressed worse than gzip (ADR 0013).
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.AddSingleton<IResponseCompressionProvider>(provider => new PublicResponsesCompressionProvider(
            new ResponseCompressionProvider(provider, provider.GetRequiredService<IOptions<ResponseCompressionOptions>>())));
        RequestActivities.EnsureCreated();
    }

    private static void AddProblemDetails(IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Instance ??= ProblemResults.InstanceOf(context.HttpContext.Request.Path);
            // The W3C trace id (also in the traceresponse header, and the parent's when the request sent traceparent).
            problem.Extensions["traceId"] = ResponseConventions.RequestActivity(context.HttpContext)?.TraceId.ToHexString()
                ?? context.HttpContext.TraceIdentifier;
            if (!problem.Extensions.ContainsKey("code"))
            {
                // Responses produced by the framework itself (401 challenge, 404 route, 405 method).
                problem.Extensions["code"] = problem.Status switch
                {
                    401 => "Auth.Required",
                    403 => "Auth.Forbidden",
                    404 => "Route.NotFound",
                    405 => "Route.MethodNotAllowed",
                    413 => "Request.BodyTooLarge",
                    415 => "Request.UnsupportedMediaType",
                    429 => "RateLimit.Exceeded",
                    _ => $"Http.{problem.Status}",
                };
            }

            if (problem.Status == 401 && problem.Detail is null)
            {
                problem.Detail = "A valid access token is required: send 'Authorization: Bearer <accessToken>' from POST /api/v1/auth/login.";
            }
            else if (problem.Status == 403 && problem.Detail is null)
            {
                problem.Detail = "Your role may not do this.";
            }
        });
        services.AddExceptionHandler<GlobalExceptionHandler>();
    }

    private static void AddAuthentication(IServiceCollection services, IConfiguration configuration)
    {
        var jwt = configuration.GetSection(JwtOptions.SectionName).Get<JwtOptions>() ?? new JwtOptions();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Issuer,
                    ValidAudience = jwt.Audience,
                    IssuerSigningKey = jwt.CreateSigningKey(),
                    ValidAlgorithms = [JwtOptions.Algorithm],
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateLifetime = true,
                    ValidateIssuerSigningKey = true,
                    RequireExpirationTime = true,
                    RequireSignedTokens = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = ClaimNames.Subject,
                    RoleClaimType = ClaimNames.Role,
                };
                // Only our own tokens carry a user id as the subject and a login session: a validly signed token without
                // them is refused here (401), never taken for a caller the handlers cannot name. A token whose session
                // ended (logout, password change, account deleted) is refused on every node (ISessionRegistry).
                options.Events = new JwtBearerEvents
                {
                    OnTokenValidated = async context =>
                    {
                        if (!Guid.TryParse(context.Principal?.FindFirst(ClaimNames.Subject)?.Value, out var userId)
                            || !Guid.TryParse(context.Principal?.FindFirst(ClaimNames.Session)?.Value, out var sessionId))
                        {
                            context.Fail("The token's subject is not a user id or it names no session.");
                            return;
                        }

                        var sessions = context.HttpContext.RequestServices.GetRequiredService<ISessionRegistry>();
                        if (!await sessions.IsActiveAsync(userId, sessionId, context.HttpContext.RequestAborted))
                        {
                            context.Fail(new SessionEndedException());
                        }
                    },
                    OnChallenge = async context =>
                    {
                        if (context.AuthenticateFailure is not SessionEndedException)
                        {
                            return;
                        }

                        context.HandleResponse();
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\", error_description=\"The session has ended\"";
                        var problem = new ProblemDetails
                        {
                            Status = StatusCodes.Status401Unauthorized,
                            Title = "Unauthorized",
                            Detail = "This session has ended (logout, password change or deleted account): log in again.",
                        };
                        problem.Extensions["code"] = SessionEndedException.Code;
                        await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>()
                            .WriteAsync(new ProblemDetailsContext { HttpContext = context.HttpContext, ProblemDetails = problem });
                    },
                };
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthorizationPolicies.Admin, policy => policy.RequireRole(Domain.Users.RoleNames.Admin));
    }

    /// <summary>
    /// Fixed windows of one minute per client address (auth, registration) or per user (writes), counted in
    /// <see cref="IWindowCounters"/>: in Redis, so every node shares them, or per node without Redis or while it is down.
    /// Reads (every other operation) are counted per caller (user, else address) in this node's memory only: a Redis
    /// round trip per anonymous GET would cost more than the cached read it guards (ADR 0013).
    /// </summary>
    private static void AddRateLimiting(IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitingOptions.SectionName).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitPolicies.Auth, context => PerMinute(context, RateLimitPolicies.Auth, ClientAddress(context), limits.AuthPerMinute));
            options.AddPolicy(RateLimitPolicies.Registration, context =>
                PerMinute(context, RateLimitPolicies.Registration, ClientAddress(context), limits.RegistrationsPerMinute));
            options.AddPolicy(RateLimitPolicies.Writes, context =>
                PerMinute(context, RateLimitPolicies.Writes, Caller(context), limits.WritesPerMinute));
            options.AddPolicy(RateLimitPolicies.Reads, context =>
                PerMinute(context, RateLimitPolicies.Reads, Caller(context), limits.ReadsPerMinute, context.RequestServices.GetRequiredService<LocalWindowCounters>()));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                var problem = new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too Many Requests",
                    Detail = $"Rate limit reached; retry after {Math.Ceiling(retryAfter.TotalSeconds)} seconds.",
                };
                problem.Extensions["code"] = "RateLimit.Exceeded";
                await http.RequestServices.GetRequiredService<IProblemDetailsService>()
                    .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
            };
        });
    }

    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static string Caller(HttpContext context) => context.User.FindFirst(ClaimNames.Subject)?.Value ?? ClientAddress(context);

    private static RateLimitPartition<string> PerMinute(HttpContext context, string policy, string client, int permits, IWindowCounters? counters = null) =>
        RateLimitPartition.Get($"rate-limit:{policy}:{client}", key => new CountingRateLimiter(
            counters ?? context.RequestServices.GetRequiredService<IWindowCounters>(), key, permits, TimeSpan.FromMinutes(1), policy));
}
