using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Abstractions.Authentication;

/// <summary>Who is calling, taken from the validated access token only (never from a request body).</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>The caller's id; throws when the call is anonymous.</summary>
    Guid UserId { get; }

    Role Role { get; }
}
