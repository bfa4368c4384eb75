using AirbnbClone.Application.Abstractions.Messaging;

namespace AirbnbClone.Application.Properties.GetManagedProperty;

/// <summary>Any listing, unlisted too, for its host and admins (never cached: the answer depends on the caller). Others: 404.</summary>
public sealed record GetManagedPropertyQuery(Guid PropertyId) : IQuery<PropertyResponse>;
