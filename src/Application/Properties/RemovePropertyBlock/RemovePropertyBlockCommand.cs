using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Properties.RemovePropertyBlock;

/// <summary>The owner host puts blocked nights back on the calendar.</summary>
public sealed record RemovePropertyBlockCommand(Guid PropertyId, Guid BlockId) : ICommand, IRequiresRole
{
    public IReadOnlyCollection<Role> AllowedRoles => PropertyAccess.ManagingRoles;
}
