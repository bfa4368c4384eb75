using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Jobs.RetryJob;

/// <summary>Puts a dead job back in the queue with its attempts reset (admins), e.g. after fixing the cause.</summary>
public sealed record RetryJobCommand(Guid JobId) : ICommand<JobResponse>, IRequiresRole
{
    public IReadOnlyCollection<Role> AllowedRoles => [Role.Admin];
}
