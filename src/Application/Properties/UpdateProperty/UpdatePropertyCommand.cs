using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Properties.UpdateProperty;

/// <summary>Replaces a listing's content (PUT): the owner host or an admin. Optional fields left out take their defaults.</summary>
public sealed record UpdatePropertyCommand(Guid PropertyId, PropertyBody Body) : ICommand<PropertyResponse>, IRequiresRole
{
    public IReadOnlyCollection<Role> AllowedRoles => PropertyAccess.ManagingRoles;
}
