using Microsoft.IdentityModel.Tokens;

namespace AirbnbClone.WebApi.Infrastructure;

/// <summary>The access token is genuine but its login session has ended; answered 401 with <see cref="Code"/>.</summary>
public sealed class SessionEndedException : SecurityTokenValidationException
{
    public const string Code = "Auth.SessionEnded";

    public SessionEndedException()
        : base("The token's login session has ended.")
    {
    }

    public SessionEndedException(string message)
        : base(message)
    {
    }

    public SessionEndedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
