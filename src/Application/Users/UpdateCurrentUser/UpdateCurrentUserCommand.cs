using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Users;
using AutoMapper;

namespace AirbnbClone.Application.Users.UpdateCurrentUser;

/// <summary>
/// Changes the caller's own profile. A null field is left as it is; an empty phone number removes it.
/// A new password needs the current one. Role and e-mail cannot be changed here.
/// </summary>
public sealed record UpdateCurrentUserCommand(
    string? FirstName = null,
    string? LastName = null,
    string? PhoneNumber = null,
    string? CurrentPassword = null,
    string? NewPassword = null) : ICommand<UserResponse>;

internal sealed class UpdateCurrentUserCommandHandler(
    IUserRepository users,
    IPasswordHasher passwordHasher,
    ILoginThrottle throttle,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    IMapper mapper,
    TimeProvider clock) : ICommandHandler<UpdateCurrentUserCommand, UserResponse>
{
    public async Task<Result<UserResponse>> Handle(UpdateCurrentUserCommand request, CancellationToken cancellationToken)
    {
        var user = await users.GetByIdAsync(currentUser.UserId, cancellationToken);
        if (user is null || user.IsDeleted)
        {
            return UserErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        if (request.NewPassword is not null)
        {
            // Guessing the current password with a stolen access token counts as failed logins.
            if (await throttle.TryCountAttemptAsync(user.Email, cancellationToken) is { } retryAfter)
            {
                return new TooManyRequestsError("Auth.TooManyFailedLogins", "Too many wrong passwords for this account; try again later.", retryAfter);
            }

            if (passwordHasher.Verify(user.PasswordHash, request.CurrentPassword ?? string.Empty) == PasswordVerification.Failed)
            {
                return UserErrors.CurrentPasswordWrong;
            }

            // The right password, as a login's: the attempts counted for the address are forgotten.
            await throttle.ResetAsync(user.Email, cancellationToken);

            var policy = PasswordPolicy.Check(request.NewPassword, user.Email);
            if (policy.IsFailure)
            {
                return policy.Error;
            }
        }

        // Password checks come first, so a wrong current password changes nothing at all.
        var profile = user.UpdateProfile(request.FirstName, request.LastName, request.PhoneNumber, request.PhoneNumber is not null, now);
        if (profile.IsFailure)
        {
            return profile.Error;
        }

        if (request.NewPassword is not null)
        {
            // Ends every session of the account (EndSessionsHandler).
            user.ChangePasswordHash(passwordHasher.Hash(request.NewPassword), now);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return mapper.Map<UserResponse>(user);
    }
}
