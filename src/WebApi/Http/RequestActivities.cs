using System.Diagnostics;

namespace AirbnbClone.WebApi.Http;

/// <summary>
/// ASP.NET Core hosting creates a request's <see cref="Activity"/> (and so honours an incoming <c>traceparent</c>) only
/// when something listens: its diagnostic logger, a DiagnosticListener subscriber, or a listener of its
/// "Microsoft.AspNetCore" activity source. This listener asks for the least (propagation data: ids, nothing recorded),
/// so every request has a W3C trace id even with logging turned down and no tracing configured, and a real tracer
/// added later still makes its own sampling decision.
/// </summary>
internal static class RequestActivities
{
    public const string HostingSourceName = "Microsoft.AspNetCore";

    private static readonly Lazy<ActivityListener> Listener = new(() =>
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == HostingSourceName,
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.PropagationData,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    });

    /// <summary>Starts listening (once per process; the listener lives as long as the process).</summary>
    public static void EnsureCreated() => _ = Listener.Value;
}
