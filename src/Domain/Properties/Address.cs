using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Domain.Properties;

/// <summary>A listing's address. Country is an upper-case ISO 3166-1 alpha-2 code.</summary>
public sealed record Address(string Street, string City, string? State, string Country, string? PostalCode);
