using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.Users.Events;

/// <summary>An account was created; its owner gets a welcome e-mail.</summary>
public sealed record UserRegisteredDomainEvent(Guid UserId) : IDomainEvent;
