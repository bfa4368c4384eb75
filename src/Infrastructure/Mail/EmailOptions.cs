namespace AirbnbClone.Infrastructure.Mail;

/// <summary>Configuration section "Email". Without SMTP every message goes to the <c>emails</c> table and the log.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public string From { get; set; } = "AirbnbClone <no-reply@airbnbclone.local>";

    public SmtpOptions Smtp { get; set; } = new();
}
