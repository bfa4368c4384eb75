using AirbnbClone.Application.Abstractions.Pagination;
using AirbnbClone.Application.Users;
using AirbnbClone.Application.Users.DeleteUser;
using AirbnbClone.Application.Users.GetUserById;
using AirbnbClone.Application.Users.ListUsers;
using AirbnbClone.Application.Users.RegisterUser;
using AirbnbClone.Application.Users.UpdateCurrentUser;
using AirbnbClone.WebApi.Http;
using AirbnbClone.WebApi.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AirbnbClone.WebApi.Endpoints;

/// <summary>/api/v1/users: registration, own profile, public profiles, admin list, deletion.</summary>
public static class UsersEndpoints
{
    public static RouteGroupBuilder MapUsersEndpoints(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users");

        users.MapPost("/", Register)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Registration)
            .WithSummary("Register a new account")
            .WithDescription("Creates a guest (default) or host account. `role: \"admin\"` is refused with 400; an e-mail already registered (in any letter case) is 409. The password needs at least 10 characters and must not contain the part of the e-mail before '@'.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        users.MapGet("/me", GetMe)
            .RequireAuthorization()
            .WithHttpCaching(HttpCachingPolicies.PrivateWithTag)
            .WithSummary("Your own profile, with e-mail and phone")
            .WithDescription("The caller's account as `UserResponse`, including the private `email` and `phoneNumber`. 404 when the account was deleted after the token was issued.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

        users.MapPatch("/me", UpdateMe)
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.Writes)
            .WithSummary("Change your names, phone number or password")
            .WithDescription("Omitted or null fields stay as they are; `phoneNumber: \"\"` removes the phone number. `newPassword` needs `currentPassword` and signs out every other session. Role and e-mail cannot be changed. Wrong current passwords count like failed logins: too many is 429 `Auth.TooManyFailedLogins` with `Retry-After`.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        users.MapGet("/{id:guid}", GetById)
            .RequireAuthorization()
            .WithHttpCaching(HttpCachingPolicies.PrivateWithTag)
            .WithSummary("A user's profile")
            .WithDescription("Others see names, role and joined date; e-mail and phone only for the user themself and admins.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

        users.MapGet("/", List)
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .WithSummary("List all accounts (admin)")
            .WithDescription("Oldest first; `limit` 1-100 (default 20); pass `nextCursor` back as `cursor` for the next page.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        users.MapDelete("/{id:guid}", Delete)
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.Writes)
            .WithSummary("Delete an account (yourself, or anyone as admin)")
            .WithDescription("Personal data is scrubbed and every session ends; the e-mail becomes free again. 409 while the account has future confirmed stays or hosted bookings.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return api;
    }

    private static Task<Results<Created<UserResponse>, ProblemResult>> Register(
        RegisterUserCommand command, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(command, cancellationToken).ToCreated(user => $"/api/v1/users/{user.Id}");

    private static Task<Results<Ok<UserResponse>, ProblemResult>> GetMe(
        Application.Abstractions.Authentication.ICurrentUser currentUser, IMediator mediator, CancellationToken cancellationToken) =>
        GetById(currentUser.UserId, mediator, cancellationToken);

    private static Task<Results<Ok<UserResponse>, ProblemResult>> UpdateMe(
        UpdateCurrentUserCommand command, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(command, cancellationToken).ToOk();

    private static Task<Results<Ok<UserResponse>, ProblemResult>> GetById(
        Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new GetUserByIdQuery(id), cancellationToken).ToOk();

    private static Task<Results<Ok<PagedResponse<UserResponse>>, ProblemResult>> List(
        int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new ListUsersQuery(limit, cursor), cancellationToken).ToOk();

    private static Task<Results<NoContent, ProblemResult>> Delete(
        Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new DeleteUserCommand(id), cancellationToken).ToNoContent();
}
