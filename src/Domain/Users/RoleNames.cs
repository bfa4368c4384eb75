namespace AirbnbClone.Domain.Users;

public static class RoleNames
{
    public const string Guest = "guest";
    public const string Host = "host";
    public const string Admin = "admin";

    public static string ToName(this Role role) => role switch
    {
        Role.Guest => Guest,
        Role.Host => Host,
        Role.Admin => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };

    public static bool TryParse(string? name, out Role role)
    {
        switch (name)
        {
            case Guest: role = Role.Guest; return true;
            case Host: role = Role.Host; return true;
            case Admin: role = Role.Admin; return true;
            default: role = Role.Guest; return false;
        }
    }
}
