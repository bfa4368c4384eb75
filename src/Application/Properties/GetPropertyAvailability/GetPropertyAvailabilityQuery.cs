using AirbnbClone.Application.Abstractions.Messaging;

namespace AirbnbClone.Application.Properties.GetPropertyAvailability;

/// <summary>
/// The calendar of a listing: one entry per night from <c>from</c> (default today) up to but not including
/// <c>to</c> (default from + 30), at most 366 nights. A night is available unless it is past, booked (pending or
/// confirmed) or blocked. Unlisted listings: host and admins only.
/// </summary>
public sealed record GetPropertyAvailabilityQuery(Guid PropertyId, string? From, string? To) : IQuery<AvailabilityResponse>;
