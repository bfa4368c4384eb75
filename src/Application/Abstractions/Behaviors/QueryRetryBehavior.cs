using System.Data.Common;
using AirbnbClone.Application.Abstractions.Messaging;
using MediatR;
using Microsoft.Extensions.Logging;

namespace AirbnbClone.Application.Abstractions.Behaviors;

/// <summary>
/// Runs a query's handler once more, after <see cref="Pause"/>, when its first attempt met a transient database failure
/// (PostgreSQL restarting or failing over, a refused connection: <see cref="DbException.IsTransient"/>), so a blip of a
/// few hundred milliseconds costs a reader some latency instead of an error. Queries only (the constraint, as for the
/// Transaction behaviour): a command may have half-happened and is never retried. A second failure goes on to the
/// exception handler, which answers 503 with Retry-After.
/// </summary>
internal sealed partial class QueryRetryBehavior<TRequest, TResponse>(TimeProvider clock, ILogger<QueryRetryBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IBaseQuery
{
    /// <summary>The wait before the one retry: about what a PostgreSQL restart takes.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(300);

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next();
        }
        catch (Exception exception) when (IsTransient(exception) && !cancellationToken.IsCancellationRequested)
        {
            LogRetrying(logger, exception, typeof(TRequest).Name, Pause.TotalMilliseconds);
        }

        await Task.Delay(Pause, clock, cancellationToken);
        return await next();
    }

    private static bool IsTransient(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Query} met a transient database failure; retrying once in {PauseMs} ms")]
    private static partial void LogRetrying(ILogger logger, Exception exception, string query, double pauseMs);
}
