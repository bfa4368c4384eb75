using AirbnbClone.Application.Abstractions.Mail;
using AirbnbClone.Application.Abstractions.Jobs;

namespace AirbnbClone.Application.Notifications.SendEmail;

internal sealed class SendEmailJobHandler(IEmailSender sender) : IJobHandler<SendEmailJob>
{
    // The job id is the idempotency key: a job re-run after a crash does not send the message twice.
    public Task HandleAsync(SendEmailJob payload, JobContext context, CancellationToken cancellationToken) =>
        sender.SendAsync(new EmailMessage(payload.To, payload.Subject, payload.Body), context.JobId, cancellationToken);
}
