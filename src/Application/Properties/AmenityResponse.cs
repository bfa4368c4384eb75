namespace AirbnbClone.Application.Properties;

public sealed record AmenityResponse(string Code, string Name);
