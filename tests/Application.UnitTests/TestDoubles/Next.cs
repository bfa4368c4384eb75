using MediatR;

namespace AirbnbClone.Application.UnitTests.TestDoubles;

/// <summary>A pipeline continuation that records whether it ran.</summary>
public sealed class Next<TResponse>(Func<TResponse> respond)
{
    public Next(TResponse response)
        : this(() => response)
    {
    }

    public int Calls { get; private set; }

    public bool WasCalled => Calls > 0;

    public RequestHandlerDelegate<TResponse> Delegate => () =>
    {
        Calls++;
        return Task.FromResult(respond());
    };
}
