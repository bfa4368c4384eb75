using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.Users.Events;

/// <summary>The account was deleted and its personal data scrubbed: its sessions end, listings stop showing its name.</summary>
public sealed record UserDeletedDomainEvent(Guid UserId, Role Role, DateTimeOffset DeletedAt) : IDomainEvent;
