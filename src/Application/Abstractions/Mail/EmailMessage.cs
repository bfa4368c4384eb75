namespace AirbnbClone.Application.Abstractions.Mail;

/// <summary>A plain-text e-mail to one person.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);
