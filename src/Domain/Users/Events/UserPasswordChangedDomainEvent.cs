using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.Users.Events;

/// <summary>The password changed: every session of the account ends.</summary>
public sealed record UserPasswordChangedDomainEvent(Guid UserId, DateTimeOffset ChangedAt) : IDomainEvent;
