using AirbnbClone.Application.Abstractions.Events;
using AirbnbClone.Application.Abstractions.Jobs;
using AirbnbClone.Application.Notifications;
using AirbnbClone.Application.Notifications.SendEmail;
using AirbnbClone.Domain.Users.Events;

namespace AirbnbClone.Application.Users.EventHandlers;

/// <summary>
/// Welcomes a new account. Queued in the registration's transaction: no welcome for a registration that rolls back,
/// none lost for one that commits, and never two (deduplicated by the account id).
/// </summary>
internal sealed class SendWelcomeEmailHandler(IUserRepository users, IJobQueue jobs) : IDomainEventHandler<UserRegisteredDomainEvent>
{
    public async Task Handle(UserRegisteredDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (await users.GetByIdAsync(domainEvent.UserId, cancellationToken) is not { } user)
        {
            return;
        }

        var welcome = EmailTemplates.Welcome(user.FirstName, user.Email.Value);
        await jobs.EnqueueAsync(
            SendEmailJob.Create(user.Email.Value, welcome),
            new JobOptions(DeduplicationKey: $"welcome:{user.Id}"),
            cancellationToken);
    }
}
