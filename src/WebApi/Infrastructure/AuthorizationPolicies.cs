namespace AirbnbClone.WebApi.Infrastructure;

public static class AuthorizationPolicies
{
    public const string Admin = "admin";
}
