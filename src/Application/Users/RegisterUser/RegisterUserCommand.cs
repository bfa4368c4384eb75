using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Users;
using AutoMapper;

namespace AirbnbClone.Application.Users.RegisterUser;

/// <summary>Self-registration as a guest (default) or a host.</summary>
public sealed record RegisterUserCommand(
    string? Email,
    string? Password,
    string? FirstName,
    string? LastName,
    string? PhoneNumber = null,
    string? Role = null) : ICommand<UserResponse>;

internal sealed class RegisterUserCommandHandler(
    IUserRepository users,
    IPasswordHasher passwordHasher,
    IUnitOfWork unitOfWork,
    IMapper mapper,
    TimeProvider clock) : ICommandHandler<RegisterUserCommand, UserResponse>
{
    public async Task<Result<UserResponse>> Handle(RegisterUserCommand request, CancellationToken cancellationToken)
    {
        var email = PasswordPolicy.CheckCredentials(request.Email, request.Password);
        if (email.IsFailure)
        {
            return email.Error;
        }

        if (!RoleNames.TryParse(request.Role ?? RoleNames.Guest, out var role))
        {
            return ValidationError.ForField("role", $"Must be '{RoleNames.Guest}' or '{RoleNames.Host}'.");
        }

        if (role == Role.Admin)
        {
            return UserErrors.AdminNotAllowed;
        }

        if (await users.EmailExistsAsync(email.Value, cancellationToken))
        {
            return UserErrors.EmailTaken;
        }

        var user = User.Register(
            email.Value, passwordHasher.Hash(request.Password!), request.FirstName!, request.LastName!,
            request.PhoneNumber, role, clock.GetUtcNow());
        if (user.IsFailure)
        {
            return user.Error;
        }

        users.Add(user.Value);
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (UniqueConstraintException)
        {
            // Two registrations of one address raced past the existence check; the unique index decided.
            return UserErrors.EmailTaken;
        }

        return mapper.Map<UserResponse>(user.Value);
    }
}
