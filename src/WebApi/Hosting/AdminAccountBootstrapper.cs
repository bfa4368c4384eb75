using AirbnbClone.Application.Users.EnsureAdmin;
using MediatR;

namespace AirbnbClone.WebApi.Hosting;

/// <summary>
/// Creates the admin account named by <c>Admin:Email</c> / <c>Admin:Password</c> at start-up, when both are
/// set and no account has that e-mail. The only way an admin comes to exist.
/// </summary>
internal sealed partial class AdminAccountBootstrapper(IServiceProvider services, IConfiguration configuration, ILogger<AdminAccountBootstrapper> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var email = configuration["Admin:Email"];
        var password = configuration["Admin:Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new EnsureAdminCommand(email, password), cancellationToken);
        if (result.IsFailure)
        {
            LogRefused(logger, result.Error.Message);
        }
        else if (result.Value)
        {
            LogCreated(logger, email);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the admin account {Email} from configuration")]
    private static partial void LogCreated(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Error, Message = "Admin:Email/Admin:Password were refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
