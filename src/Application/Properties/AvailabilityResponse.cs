namespace AirbnbClone.Application.Properties;

/// <summary>One entry per night from <c>from</c> (inclusive) to <c>to</c> (exclusive).</summary>
public sealed record AvailabilityResponse(Guid PropertyId, string Currency, IReadOnlyList<AvailabilityDay> Days);
