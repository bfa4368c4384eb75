using AirbnbClone.Application.Abstractions.Jobs;
using AirbnbClone.Application.Abstractions.Mail;

namespace AirbnbClone.Application.Notifications.SendEmail;

/// <summary>
/// Sends one e-mail. The text is rendered when the job is enqueued (<see cref="EmailTemplates"/>), so the message
/// says what was true at the time of the change, even if the job runs later.
/// </summary>
public sealed record SendEmailJob(string To, string Subject, string Body) : IJobPayload
{
    public static string JobType => "email.send";

    public static SendEmailJob Create(string to, EmailContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new SendEmailJob(to, content.Subject, content.Body);
    }
}

internal sealed class SendEmailJobHandler(IEmailSender sender) : IJobHandler<SendEmailJob>
{
    // The job id is the idempotency key: a job re-run after a crash does not send the message twice.
    public Task HandleAsync(SendEmailJob payload, JobContext context, CancellationToken cancellationToken) =>
        sender.SendAsync(new EmailMessage(payload.To, payload.Subject, payload.Body), context.JobId, cancellationToken);
}
