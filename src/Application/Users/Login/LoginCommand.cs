using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Users.Login;

public sealed record LoginCommand(string? Email, string? Password) : ICommand<TokenResponse>;

/// <summary>
/// Checks credentials and opens a session. An unknown address and a wrong password get the same
/// answer after the same amount of hashing work, so the endpoint does not reveal who has an account.
/// Every attempt is counted for its address before its password is checked, and counting decides whether
/// it may be checked at all: a parallel burst cannot check more passwords than the lockout allows.
/// </summary>
internal sealed class LoginCommandHandler(
    IUserRepository users,
    IPasswordHasher passwordHasher,
    ILoginThrottle throttle,
    TokenPairIssuer tokens,
    IUnitOfWork unitOfWork) : ICommandHandler<LoginCommand, TokenResponse>
{
    private static string? _decoyHash;

    public async Task<Result<TokenResponse>> Handle(LoginCommand request, CancellationToken cancellationToken)
    {
        var email = Email.Create(request.Email);
        if (email.IsFailure)
        {
            return UserErrors.InvalidCredentials;
        }

        if (await throttle.TryCountAttemptAsync(email.Value, cancellationToken) is { } retryAfter)
        {
            return new TooManyRequestsError("Auth.TooManyFailedLogins", "Too many failed logins for this address; try again later.", retryAfter);
        }

        var user = await users.GetByEmailAsync(email.Value, cancellationToken);
        if (user is null || user.IsDeleted)
        {
            // Same PBKDF2 work as a real check, so response time does not tell whether the address exists.
            _decoyHash ??= passwordHasher.Hash(Guid.NewGuid().ToString());
            passwordHasher.Verify(_decoyHash, request.Password!);
            return UserErrors.InvalidCredentials;
        }

        var verification = passwordHasher.Verify(user.PasswordHash, request.Password!);
        if (verification == PasswordVerification.Failed)
        {
            // The attempt stays counted.
            return UserErrors.InvalidCredentials;
        }

        if (verification == PasswordVerification.SuccessRehashNeeded)
        {
            user.RehashPassword(passwordHasher.Hash(request.Password!));
        }

        await throttle.ResetAsync(email.Value, cancellationToken);
        var response = tokens.IssueNewSession(user);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return response;
    }
}
