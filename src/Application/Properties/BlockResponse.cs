namespace AirbnbClone.Application.Properties;

public sealed record BlockResponse(Guid Id, Guid PropertyId, DateOnly Start, DateOnly End, DateTimeOffset CreatedAt);
