using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;
using AirbnbClone.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AirbnbClone.Infrastructure.Seeding;

/// <summary>
/// A small demo data set for <c>./build.sh run</c>: a few guests and hosts with known passwords.
/// Idempotent: accounts that exist are left as they are.
/// </summary>
public sealed partial class DemoSeeder(ApplicationDbContext context, IPasswordHasher passwordHasher, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public const string DemoPassword = "demo-password-2026";

    private static readonly (string Email, string First, string Last, Role Role)[] Accounts =
    [
        ("guest@example.com", "Grace", "Guest", Role.Guest),
        ("host@example.com", "Henry", "Host", Role.Host),
        ("alice@example.com", "Alice", "Martin", Role.Guest),
        ("bob@example.com", "Bob", "Nakamura", Role.Host),
    ];

    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var created = 0;
        for (var i = 0; i < Accounts.Length; i++)
        {
            var (address, first, last, role) = Accounts[i];
            var email = Email.Create(address).Value;
            LogProgress(logger, i + 1, Accounts.Length, address);
            if (await context.Set<User>().AnyAsync(u => u.Email == email, cancellationToken))
            {
                continue;
            }

            var user = User.Register(email, passwordHasher.Hash(DemoPassword), first, last, null, role, clock.GetUtcNow()).Value;
            context.Add(user);
            created++;
        }

        await context.SaveChangesAsync(cancellationToken);
        LogDone(logger, created, DemoPassword);
        return created;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeding users [{Index}/{Total}] {Email}")]
    private static partial void LogProgress(ILogger logger, int index, int total, string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo seed done: {Created} new accounts; every demo account's password is '{Password}'")]
    private static partial void LogDone(ILogger logger, int created, string password);
}
