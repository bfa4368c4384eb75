using AirbnbClone.Domain.Abstractions;
using MediatR;

namespace AirbnbClone.Application.Abstractions.Messaging;

/// <summary>A read that never changes state.</summary>
public interface IQuery<TResponse> : IRequest<Result<TResponse>>, IBaseQuery;
