using System.Data.Common;
using AirbnbClone.Application.Abstractions.Behaviors;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Abstractions;
using MediatR;
using Microsoft.Extensions.Logging;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Behaviors;

/// <summary>Issue 10, defect 5: a read that meets a transient database failure is retried once; nothing else is.</summary>
public class QueryRetryBehaviorTransientFailures
{
    private readonly FakeTimeProvider _clock = new(TestClock.DefaultStart);
    private readonly QueryRetryBehavior<TestQuery, Result<int>> _behavior;

    public QueryRetryBehaviorTransientFailures() =>
        _behavior = new(_clock, Substitute.For<ILogger<QueryRetryBehavior<TestQuery, Result<int>>>>());

    [Fact]
    public async Task Handle_Should_RunTheQueryOnceMoreAfterThePause_When_TheFirstAttemptMeetsATransientFailure()
    {
        var next = new Attempts(Transient(), Result.Success(7));

        var handling = _behavior.Handle(new TestQuery(), CancellationToken.None, next.Delegate);
        next.Calls.ShouldBe(1);
        handling.IsCompleted.ShouldBeFalse("the retry waits for the pause");
        _clock.Advance(QueryRetryBehavior<TestQuery, Result<int>>.Pause);
        var result = await handling;

        result.Value.ShouldBe(7);
        next.Calls.ShouldBe(2);
    }

    [Fact]
    public async Task Handle_Should_RetryATransientFailureWrappedInAnotherException()
    {
        var next = new Attempts(new InvalidOperationException("wrapped", Transient()), Result.Success(7));

        var handling = _behavior.Handle(new TestQuery(), CancellationToken.None, next.Delegate);
        _clock.Advance(QueryRetryBehavior<TestQuery, Result<int>>.Pause);

        (await handling).Value.ShouldBe(7);
        next.Calls.ShouldBe(2);
    }

    [Fact]
    public async Task Handle_Should_LetTheSecondFailureThrough_When_TheRetryFailsToo()
    {
        var second = Transient();
        var next = new Attempts(Transient(), second);

        var handling = _behavior.Handle(new TestQuery(), CancellationToken.None, next.Delegate);
        _clock.Advance(QueryRetryBehavior<TestQuery, Result<int>>.Pause);

        (await Should.ThrowAsync<DbException>(handling)).ShouldBeSameAs(second);
        next.Calls.ShouldBe(2);
    }

    [Fact]
    public async Task Handle_Should_NotRetry_When_TheFailureIsNotTransient()
    {
        var permanent = Substitute.For<DbException>();
        permanent.IsTransient.Returns(false);
        var next = new Attempts(permanent, Result.Success(7));

        await Should.ThrowAsync<DbException>(_behavior.Handle(new TestQuery(), CancellationToken.None, next.Delegate));

        next.Calls.ShouldBe(1);
    }

    private static DbException Transient()
    {
        var exception = Substitute.For<DbException>();
        exception.IsTransient.Returns(true);
        return exception;
    }

    /// <summary>A continuation that throws or answers each outcome in turn, counting its calls.</summary>
    private sealed class Attempts(params object[] outcomes)
    {
        public int Calls { get; private set; }

        public RequestHandlerDelegate<Result<int>> Delegate => () =>
        {
            var outcome = outcomes[Calls++];
            return outcome is Exception exception ? Task.FromException<Result<int>>(exception) : Task.FromResult((Result<int>)outcome);
        };
    }
}
