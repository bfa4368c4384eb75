using AirbnbClone.Domain.Abstractions;
using MediatR;

namespace AirbnbClone.Application.Abstractions.Messaging;

public interface ICommandHandler<in TCommand> : IRequestHandler<TCommand, Result>
    where TCommand : ICommand;
