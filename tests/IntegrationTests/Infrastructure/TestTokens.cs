using System.Buffers.Text;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AirbnbClone.IntegrationTests.Infrastructure;

/// <summary>Hand-made access tokens for the negative token tests.</summary>
public static class TestTokens
{
    /// <summary>
    /// An HS256 token for <paramref name="userId"/> with the given key, issuer, audience and lifetime, in login session
    /// <paramref name="sessionId"/> (none: no <c>sid</c> claim, which the API refuses).
    /// </summary>
    public static string Create(
        string signingKey,
        Guid userId,
        string role = "guest",
        string issuer = ApiFactory.Issuer,
        string audience = ApiFactory.Audience,
        DateTime? notBefore = null,
        DateTime? expires = null,
        Guid? sessionId = null) =>
        CreateForSubject(signingKey, userId.ToString(), role, issuer, audience, notBefore, expires, sessionId);

    /// <summary>Like <see cref="Create"/>, with any text as the subject (a validly signed token whose sub is not a user id).</summary>
    public static string CreateForSubject(
        string signingKey,
        string subject,
        string role = "guest",
        string issuer = ApiFactory.Issuer,
        string audience = ApiFactory.Audience,
        DateTime? notBefore = null,
        DateTime? expires = null,
        Guid? sessionId = null)
    {
        var now = DateTime.UtcNow;
        var from = notBefore ?? now;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = from,
            NotBefore = from,
            Expires = expires ?? now.AddMinutes(15),
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, subject),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString()),
                new Claim("role", role),
            ]),
            Claims = sessionId is { } sid ? new Dictionary<string, object> { [JwtRegisteredClaimNames.Sid] = sid.ToString() } : null,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>The same payload under <c>{"alg":"none"}</c> with an empty signature.</summary>
    public static string WithAlgNone(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var parts = token.Split('.');
        var header = Base64Url.EncodeToString("""{"alg":"none","typ":"JWT"}"""u8);
        return $"{header}.{parts[1]}.";
    }

    /// <summary>The token with one character of its signature changed (the first, so no padding bits are involved).</summary>
    public static string WithTamperedSignature(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var parts = token.Split('.');
        var signature = parts[2];
        var replacement = signature[0] == 'A' ? 'B' : 'A';
        return $"{parts[0]}.{parts[1]}.{replacement}{signature[1..]}";
    }

    /// <summary>The login session (<c>sid</c>) an access token issued by the API belongs to.</summary>
    public static Guid SessionOf(string token)
    {
        using var payload = System.Text.Json.JsonDocument.Parse(Payload(token));
        return payload.RootElement.GetProperty(JwtRegisteredClaimNames.Sid).GetGuid();
    }

    /// <summary>The payload of a token as JSON text (to check what the server put in it).</summary>
    public static string Payload(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.Split('.')[1]));
    }
}
