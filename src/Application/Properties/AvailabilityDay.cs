namespace AirbnbClone.Application.Properties;

public sealed record AvailabilityDay(DateOnly Date, bool Available, decimal Price);
