using System.Diagnostics;
using AirbnbClone.Domain.Abstractions;
using MediatR;
using Microsoft.Extensions.Logging;

namespace AirbnbClone.Application.Abstractions.Behaviors;

/// <summary>Outermost behaviour: logs each request's name, outcome and duration (never its body: it may hold a password).</summary>
internal sealed partial class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var name = typeof(TRequest).Name;
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response is Result { IsFailure: true } failed)
            {
                LogFailed(logger, name, failed.Error.Code, elapsed);
            }
            else
            {
                LogHandled(logger, name, elapsed);
            }

            return response;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogThrew(logger, exception, name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} handled in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string request, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} failed with {ErrorCode} in {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, string request, string errorCode, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Request} threw after {ElapsedMs:0.0} ms")]
    private static partial void LogThrew(ILogger logger, Exception exception, string request, double elapsedMs);
}
