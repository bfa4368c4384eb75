using MediatR;

namespace AirbnbClone.Application.Abstractions.Messaging;

/// <summary>Marks a request that changes state; the Transaction behaviour wraps only these.</summary>
#pragma warning disable CA1040 // marker interface read by behaviours
public interface IBaseCommand;
#pragma warning restore CA1040
