using AirbnbClone.Application.Abstractions.Jobs;

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
