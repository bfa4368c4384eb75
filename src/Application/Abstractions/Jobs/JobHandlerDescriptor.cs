using Microsoft.Extensions.DependencyInjection;

namespace AirbnbClone.Application.Abstractions.Jobs;

/// <summary>One registered job type: the worker finds handlers through these.</summary>
public sealed record JobHandlerDescriptor(string JobType, Type PayloadType);
