namespace AirbnbClone.Application.Properties;

public sealed record AddressResponse(string Street, string City, string? State, string Country, string? PostalCode);
