using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.Users.Events;

/// <summary>One login session ended (logout, or a stolen refresh token came back): its tokens stop working on every node.</summary>
public sealed record SessionEndedDomainEvent(Guid UserId, Guid SessionId, DateTimeOffset EndedAt) : IDomainEvent;
