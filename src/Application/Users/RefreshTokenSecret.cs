using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace AirbnbClone.Application.Users;

/// <summary>Refresh tokens are 256 random bits; only their SHA-256 is stored, so a database leak yields no usable token.</summary>
internal static class RefreshTokenSecret
{
    public const int MaxLength = 128;

    public static (string Token, string Hash) Generate()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
