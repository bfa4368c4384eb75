namespace AirbnbClone.Application.Abstractions.Mail;

/// <summary>
/// Delivers e-mail. The default writes each message to the <c>emails</c> table and the log; an SMTP sender is
/// configurable. <paramref name="idempotencyKey"/> (the job id) makes a repeated send of one message a no-op.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, Guid? idempotencyKey, CancellationToken cancellationToken);
}
