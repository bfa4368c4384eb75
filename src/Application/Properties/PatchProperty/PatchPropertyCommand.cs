using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Properties.PatchProperty;

/// <summary>
/// Changes some fields of a listing (PATCH): the owner host or an admin. Null or missing fields stay; the result
/// must satisfy every listing rule. <c>status</c> lists or unlists (unlisting refuses while future confirmed bookings exist).
/// </summary>
public sealed record PatchPropertyCommand(Guid PropertyId, PropertyBody Body) : ICommand<PropertyResponse>, IRequiresRole
{
    public IReadOnlyCollection<Role> AllowedRoles => PropertyAccess.ManagingRoles;
}
