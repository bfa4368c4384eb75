using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Properties;

/// <summary>
/// Who may see and who may change a listing, and what everyone else is told: the one place this rule is written.
/// Commands check an aggregate, queries a row's host and status; both come here.
/// </summary>
internal static class PropertyAccess
{
    /// <summary>The roles that may send listing commands at all (the Authorization behaviour reads them).</summary>
    public static readonly IReadOnlyCollection<Role> ManagingRoles = [Role.Host, Role.Admin];

    /// <summary>The listing's host, and admins unless the action is the host's alone (blocking nights).</summary>
    public static bool CanManage(this ICurrentUser caller, Guid hostId, bool adminMayManage = true) =>
        caller.IsAuthenticated && (caller.UserId == hostId || (adminMayManage && caller.Role == Role.Admin));

    /// <summary>A listed home is public; an unlisted one exists only for those who manage it.</summary>
    public static bool CanSee(this ICurrentUser caller, Guid hostId, PropertyStatus status) =>
        status == PropertyStatus.Listed || caller.CanManage(hostId);

    /// <summary>
    /// Null when the caller may manage the listing. Otherwise: a listing they may not see (missing, or unlisted) is 404,
    /// so its existence does not leak; a listed one is 403, since anyone can see it exists.
    /// </summary>
    public static Error? CheckManage(Property? property, ICurrentUser caller, bool adminMayManage = true)
    {
        if (property is null)
        {
            return PropertyErrors.NotFound;
        }

        if (caller.CanManage(property.HostId, adminMayManage))
        {
            return null;
        }

        return property.Status == PropertyStatus.Listed ? PropertyErrors.NotOwner : PropertyErrors.NotFound;
    }
}
