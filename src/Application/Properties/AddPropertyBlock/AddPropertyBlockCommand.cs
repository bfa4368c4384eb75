using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Properties.AddPropertyBlock;

/// <summary>The owner host takes the nights [Start, End) off the calendar.</summary>
public sealed record AddPropertyBlockCommand(Guid PropertyId, DateOnly? Start, DateOnly? End) : ICommand<BlockResponse>, IRequiresRole
{
    public IReadOnlyCollection<Role> AllowedRoles => PropertyAccess.ManagingRoles;
}
