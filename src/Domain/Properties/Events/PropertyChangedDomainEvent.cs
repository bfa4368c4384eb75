using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.Properties.Events;

/// <summary>A listing's content, status or calendar changed: cached reads of it and search pages are stale.</summary>
public sealed record PropertyChangedDomainEvent(Guid PropertyId) : IDomainEvent;
