using AirbnbClone.Domain.Abstractions;
using MediatR;

namespace AirbnbClone.Application.Abstractions.Messaging;

/// <summary>A state change that returns no value.</summary>
public interface ICommand : IRequest<Result>, IBaseCommand;
