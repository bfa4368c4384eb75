namespace AirbnbClone.Application.Properties;

public sealed record HostSummary(Guid Id, string FirstName);
