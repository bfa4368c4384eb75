using AirbnbClone.Application.Abstractions.Messaging;

namespace AirbnbClone.Application.Users.GetUserById;

/// <summary>A profile: full for the user themself and admins, public (no e-mail or phone) for others.</summary>
public sealed record GetUserByIdQuery(Guid UserId) : IQuery<UserResponse>;
