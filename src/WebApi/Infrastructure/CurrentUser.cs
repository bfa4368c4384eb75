using System.Security.Claims;
using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Domain.Users;
using AirbnbClone.Infrastructure.Authentication;

namespace AirbnbClone.WebApi.Infrastructure;

/// <summary>The caller as the validated access token says: subject id and role claims only.</summary>
internal sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true && TryGetId(out _);

    public Guid UserId => TryGetId(out var id) ? id : throw new InvalidOperationException("The call is not authenticated.");

    public Role Role => RoleNames.TryParse(Principal?.FindFirstValue(ClaimNames.Role), out var role) ? role : Role.Guest;

    private bool TryGetId(out Guid id)
    {
        id = Guid.Empty;
        return Principal?.FindFirstValue(ClaimNames.Subject) is { } sub && Guid.TryParse(sub, out id);
    }
}
