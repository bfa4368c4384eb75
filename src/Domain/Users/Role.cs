namespace AirbnbClone.Domain.Users;

/// <summary>What a user may do. Admin is only ever granted from configuration, never by a request.</summary>
public enum Role
{
    Guest = 0,
    Host = 1,
    Admin = 2,
}
