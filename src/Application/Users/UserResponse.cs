using System.Text.Json.Serialization;

namespace AirbnbClone.Application.Users;

/// <summary>A user as the API shows it. Email and phone are only filled for the user themself or an admin.</summary>
public sealed record UserResponse
{
    public required Guid Id { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Email { get; init; }

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public string? PhoneNumber { get; init; }

    public required string Role { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The public view of a profile, for callers who are neither the user nor an admin.</summary>
    public UserResponse WithoutPrivateFields() => this with { Email = null, PhoneNumber = null };
}
