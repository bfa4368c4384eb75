using MediatR;

namespace AirbnbClone.Application.Abstractions.Messaging;

/// <summary>
/// A command whose failure must still commit what the handler wrote (a security side effect such as
/// revoking a stolen session). Rare by design: say why on the command.
/// </summary>
#pragma warning disable CA1040
public interface ICommitsOnFailure;
#pragma warning restore CA1040
