using AirbnbClone.Application.Abstractions.Behaviors;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Abstractions;
using Microsoft.Extensions.Logging;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Behaviors;

public class LoggingBehaviorPassThrough
{
    private readonly ILogger<LoggingBehavior<TestCommand, Result<int>>> _logger =
        Substitute.For<ILogger<LoggingBehavior<TestCommand, Result<int>>>>();

    private readonly LoggingBehavior<TestCommand, Result<int>> _behavior;

    public LoggingBehaviorPassThrough()
    {
        _logger.IsEnabled(Arg.Any<LogLevel>()).Returns(true);
        _behavior = new LoggingBehavior<TestCommand, Result<int>>(_logger);
    }

    [Fact]
    public async Task Handle_Should_ReturnTheResponseOfNext_When_ItSucceeds()
    {
        var next = new Next<Result<int>>(11);

        var result = await _behavior.Handle(new TestCommand(), CancellationToken.None, next.Delegate);

        result.Value.ShouldBe(11);
        next.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task Handle_Should_ReturnTheFailureOfNextUnchanged_When_ItFails()
    {
        var failure = Error.Conflict("Test.Conflict", "Clash.");
        var next = new Next<Result<int>>(failure);

        var result = await _behavior.Handle(new TestCommand(), CancellationToken.None, next.Delegate);

        result.Error.ShouldBeSameAs(failure);
    }

    [Fact]
    public async Task Handle_Should_RethrowTheSameExceptionAndLogItAsError_When_NextThrows()
    {
        var boom = new InvalidOperationException("boom");
        var next = new Next<Result<int>>(() => throw boom);

        var thrown = await Should.ThrowAsync<InvalidOperationException>(() => _behavior.Handle(new TestCommand(), CancellationToken.None, next.Delegate));

        thrown.ShouldBeSameAs(boom);
        _logger.ReceivedCalls()
            .Where(c => c.GetMethodInfo().Name == nameof(ILogger.Log))
            .ShouldContain(c => (LogLevel)c.GetArguments()[0]! == LogLevel.Error && c.GetArguments()[3] == boom);
    }

    [Fact]
    public async Task Handle_Should_RethrowWithoutLoggingAnError_When_RequestIsCancelled()
    {
        var next = new Next<Result<int>>(() => throw new OperationCanceledException());

        await Should.ThrowAsync<OperationCanceledException>(() => _behavior.Handle(new TestCommand(), CancellationToken.None, next.Delegate));

        _logger.ReceivedCalls()
            .Where(c => c.GetMethodInfo().Name == nameof(ILogger.Log))
            .ShouldNotContain(c => (LogLevel)c.GetArguments()[0]! == LogLevel.Error);
    }
}
