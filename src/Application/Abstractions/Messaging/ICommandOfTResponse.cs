using AirbnbClone.Domain.Abstractions;
using MediatR;

namespace AirbnbClone.Application.Abstractions.Messaging;

/// <summary>A state change that returns a small result (an id, a token pair), never an entity.</summary>
public interface ICommand<TResponse> : IRequest<Result<TResponse>>, IBaseCommand;
