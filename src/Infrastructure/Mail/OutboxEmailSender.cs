using AirbnbClone.Application.Abstractions.Mail;
using Microsoft.Extensions.Logging;

namespace AirbnbClone.Infrastructure.Mail;

/// <summary>The default sender (no SMTP): the message goes to the <c>emails</c> table and the log, nowhere else.</summary>
internal sealed partial class OutboxEmailSender(EmailOutbox outbox, ILogger<OutboxEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, Guid? idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (await outbox.RecordAsync(message, idempotencyKey, "log", cancellationToken))
        {
            LogEmail(logger, message.To, message.Subject, message.Body);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail to {To}: {Subject}\n{Body}")]
    private static partial void LogEmail(ILogger logger, string to, string subject, string body);
}
