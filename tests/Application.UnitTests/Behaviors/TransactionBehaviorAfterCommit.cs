using AirbnbClone.Application.Abstractions.Behaviors;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Abstractions;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Behaviors;

/// <summary>After-commit work (cache invalidation) runs only once the transaction has committed.</summary>
public sealed class TransactionBehaviorAfterCommit
{
    private readonly IUnitOfWork _unitOfWork = Substitute.For<IUnitOfWork>();
    private readonly AfterCommitActions _afterCommit = new();
    private readonly List<string> _log = [];

    public TransactionBehaviorAfterCommit()
    {
        _unitOfWork.BeginTransactionAsync(Arg.Any<CancellationToken>()).Returns(Substitute.For<IAsyncDisposable>());
        _unitOfWork.CommitTransactionAsync(Arg.Any<CancellationToken>()).Returns(_ =>
        {
            _log.Add("commit");
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task Handle_Should_RunQueuedActionsAfterCommit_When_TheCommandSucceeds()
    {
        var behavior = new TransactionBehavior<TestCommand, Result<int>>(_unitOfWork, _afterCommit);

        await behavior.Handle(new TestCommand(), CancellationToken.None, () =>
        {
            _afterCommit.Enqueue(_ =>
            {
                _log.Add("invalidate");
                return Task.CompletedTask;
            });
            return Task.FromResult(Result.Success(1));
        });

        _log.ShouldBe(["commit", "invalidate"]);
    }

    [Fact]
    public async Task Handle_Should_DropQueuedActions_When_TheCommandFails()
    {
        var behavior = new TransactionBehavior<TestCommand, Result<int>>(_unitOfWork, _afterCommit);

        await behavior.Handle(new TestCommand(), CancellationToken.None, () =>
        {
            _afterCommit.Enqueue(_ =>
            {
                _log.Add("invalidate");
                return Task.CompletedTask;
            });
            return Task.FromResult(Result.Failure<int>(Error.Conflict("Test.Conflict", "no")));
        });
        await _afterCommit.RunAsync(CancellationToken.None);

        _log.ShouldBeEmpty();
    }
}
