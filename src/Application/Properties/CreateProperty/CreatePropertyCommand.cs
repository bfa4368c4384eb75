using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Properties.CreateProperty;

/// <summary>Publishes a new listing; the caller (a host or an admin) becomes its host.</summary>
public sealed record CreatePropertyCommand(PropertyBody Body) : ICommand<PropertyResponse>, IRequiresRole
{
    public IReadOnlyCollection<Role> AllowedRoles => PropertyAccess.ManagingRoles;
}
