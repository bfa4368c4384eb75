using MediatR;

namespace AirbnbClone.Application.Abstractions.Messaging;

/// <summary>A request only some roles may send; the Authorization behaviour refuses everyone else.</summary>
public interface IRequiresRole
{
    IReadOnlyCollection<Domain.Users.Role> AllowedRoles { get; }
}
