using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Domain.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using IdentityHasherOptions = Microsoft.AspNetCore.Identity.PasswordHasherOptions;

namespace AirbnbClone.Infrastructure.Authentication;

/// <summary>PBKDF2 (HMAC-SHA512, salted) via ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>.</summary>
internal sealed class PasswordHasher(IOptions<AuthOptions> options) : IPasswordHasher
{
    private readonly PasswordHasher<User> _inner = new(Options.Create(new IdentityHasherOptions
    {
        IterationCount = options.Value.PasswordHashIterations,
    }));

    public string Hash(string password) => _inner.HashPassword(null!, password);

    public PasswordVerification Verify(string passwordHash, string password)
    {
        if (string.IsNullOrEmpty(passwordHash))
        {
            return PasswordVerification.Failed;
        }

        try
        {
            return _inner.VerifyHashedPassword(null!, passwordHash, password) switch
            {
                PasswordVerificationResult.Success => PasswordVerification.Success,
                PasswordVerificationResult.SuccessRehashNeeded => PasswordVerification.SuccessRehashNeeded,
                _ => PasswordVerification.Failed,
            };
        }
        catch (FormatException)
        {
            return PasswordVerification.Failed;
        }
    }
}
