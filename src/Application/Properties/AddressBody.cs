namespace AirbnbClone.Application.Properties;

/// <summary>A listing's address as the client sends it.</summary>
public sealed record AddressBody(string? Street, string? City, string? State, string? Country, string? PostalCode);
