using System.Net;
using System.Net.Mail;
using AirbnbClone.Application.Abstractions.Mail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AirbnbClone.Infrastructure.Mail;

/// <summary>
/// Sends through an SMTP server (<c>Email:Smtp:Enabled</c>), then records the message in the <c>emails</c> table.
/// A job already recorded is not sent again; a crash between the SMTP hand-off and the record can still send one
/// message twice (SMTP has no idempotency key): at least once, never lost.
/// </summary>
internal sealed partial class SmtpEmailSender(EmailOutbox outbox, IOptions<EmailOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, Guid? idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (idempotencyKey is { } jobId && await outbox.WasSentAsync(jobId, cancellationToken))
        {
            return;
        }

        var smtp = options.Value.Smtp;
        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            EnableSsl = smtp.UseSsl,
            Timeout = smtp.TimeoutSeconds * 1000,
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (smtp.UserName.Length > 0)
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        using var mail = new MailMessage(new MailAddress(options.Value.From).ToString(), message.To, message.Subject, message.Body)
        {
            IsBodyHtml = false,
        };
        await client.SendMailAsync(mail, cancellationToken);
        await outbox.RecordAsync(message, idempotencyKey, "smtp", cancellationToken);
        LogSent(logger, message.To, message.Subject, smtp.Host);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail to {To} sent through SMTP {Host}: {Subject}")]
    private static partial void LogSent(ILogger logger, string to, string subject, string host);
}
