using AirbnbClone.Application.Users;
using AirbnbClone.Application.Users.Login;
using AirbnbClone.Application.Users.Logout;
using AirbnbClone.Application.Users.RefreshTokens;
using AirbnbClone.WebApi.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AirbnbClone.WebApi.Endpoints;

/// <summary>/api/v1/auth: login, refresh-token rotation, logout.</summary>
public static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Authentication").RequireRateLimiting(RateLimitPolicies.Auth);

        auth.MapPost("/login", Login)
            .AllowAnonymous()
            .WithSummary("Log in with e-mail and password")
            .WithDescription("Answers an access token (valid `expiresIn` seconds; send it as `Authorization: Bearer <accessToken>`) and a refresh token. Unknown e-mail and wrong password get the same 401. After 10 failed logins for one e-mail within 15 minutes, 429 with `Retry-After`.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        auth.MapPost("/refresh", Refresh)
            .AllowAnonymous()
            .WithSummary("Trade a refresh token for a new token pair")
            .WithDescription("The refresh token sent is spent. Sending a spent token again is 401 and ends the whole session (every token issued from the same login).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        auth.MapPost("/logout", Logout)
            .RequireAuthorization()
            .WithSummary("End the session of a refresh token")
            .WithDescription("Revokes the refresh token and every token of its session. Idempotent: an unknown or foreign token also answers 204 and changes nothing.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        return api;
    }

    private static Task<Results<Ok<TokenResponse>, ProblemResult>> Login(
        LoginCommand command, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(command, cancellationToken).ToOk();

    private static Task<Results<Ok<TokenResponse>, ProblemResult>> Refresh(
        RefreshTokenCommand command, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(command, cancellationToken).ToOk();

    private static Task<Results<NoContent, ProblemResult>> Logout(
        LogoutCommand command, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(command, cancellationToken).ToNoContent();
}
