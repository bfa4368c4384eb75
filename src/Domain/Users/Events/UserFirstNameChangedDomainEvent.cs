using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.Users.Events;

/// <summary>The first name changed: a host's listings show it.</summary>
public sealed record UserFirstNameChangedDomainEvent(Guid UserId, Role Role) : IDomainEvent;
