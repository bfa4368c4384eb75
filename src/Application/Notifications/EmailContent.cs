using System.Text;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Application.Notifications;

/// <summary>The subject and plain-text body of one e-mail.</summary>
public sealed record EmailContent(string Subject, string Body);
