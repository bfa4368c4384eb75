using AirbnbClone.Domain.Abstractions;
using MediatR;

namespace AirbnbClone.Application.Abstractions.Messaging;

public interface IQueryHandler<in TQuery, TResponse> : IRequestHandler<TQuery, Result<TResponse>>
    where TQuery : IQuery<TResponse>;
