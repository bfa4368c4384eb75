using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Users.EnsureAdmin;

/// <summary>Creates the operator's admin account from configuration when it does not exist yet. Never reachable over HTTP.</summary>
public sealed record EnsureAdminCommand(string Email, string Password) : ICommand<bool>;

/// <summary>Answers true when it created the account, false when one with that e-mail already existed.</summary>
internal sealed class EnsureAdminCommandHandler(
    IUserRepository users,
    IPasswordHasher passwordHasher,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<EnsureAdminCommand, bool>
{
    public async Task<Result<bool>> Handle(EnsureAdminCommand request, CancellationToken cancellationToken)
    {
        var email = PasswordPolicy.CheckCredentials(request.Email, request.Password);
        if (email.IsFailure)
        {
            return email.Error;
        }

        if (await users.EmailExistsAsync(email.Value, cancellationToken))
        {
            return false;
        }

        var admin = User.CreateAdmin(email.Value, passwordHasher.Hash(request.Password), clock.GetUtcNow());
        users.Add(admin.Value);
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (UniqueConstraintException)
        {
            return false; // another node created it at the same moment
        }

        return true;
    }
}
