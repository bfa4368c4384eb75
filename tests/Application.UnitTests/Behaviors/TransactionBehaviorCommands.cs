using AirbnbClone.Application.Abstractions.Behaviors;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Abstractions;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Behaviors;

public class TransactionBehaviorCommands
{
    private static readonly Error Boom = Error.Conflict("Test.Boom", "It broke.");

    private readonly IUnitOfWork _unitOfWork = Substitute.For<IUnitOfWork>();
    private readonly IAsyncDisposable _transaction = Substitute.For<IAsyncDisposable>();

    public TransactionBehaviorCommands() =>
        _unitOfWork.BeginTransactionAsync(Arg.Any<CancellationToken>()).Returns(_transaction);

    [Fact]
    public async Task Handle_Should_BeginAndCommit_When_CommandSucceeds()
    {
        var behavior = new TransactionBehavior<TestCommand, Result<int>>(_unitOfWork, new AfterCommitActions());
        var next = new Next<Result<int>>(() =>
        {
            // The handler runs inside the transaction.
            _unitOfWork.Received(1).BeginTransactionAsync(Arg.Any<CancellationToken>());
            return 5;
        });

        var result = await behavior.Handle(new TestCommand(), CancellationToken.None, next.Delegate);

        result.Value.ShouldBe(5);
        next.Calls.ShouldBe(1);
        await _unitOfWork.Received(1).CommitTransactionAsync(Arg.Any<CancellationToken>());
        await _unitOfWork.DidNotReceive().RollbackTransactionAsync(Arg.Any<CancellationToken>());
        await _transaction.Received(1).DisposeAsync();
    }

    [Fact]
    public async Task Handle_Should_RollBackAndNotCommit_When_CommandReturnsAFailure()
    {
        var behavior = new TransactionBehavior<TestCommand, Result<int>>(_unitOfWork, new AfterCommitActions());
        var next = new Next<Result<int>>(Boom);

        var result = await behavior.Handle(new TestCommand(), CancellationToken.None, next.Delegate);

        result.Error.ShouldBe(Boom);
        await _unitOfWork.Received(1).RollbackTransactionAsync(Arg.Any<CancellationToken>());
        await _unitOfWork.DidNotReceive().CommitTransactionAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_RollBack_When_APlainResultCommandFails()
    {
        var behavior = new TransactionBehavior<TestPlainCommand, Result>(_unitOfWork, new AfterCommitActions());
        var next = new Next<Result>(Result.Failure(Boom));

        await behavior.Handle(new TestPlainCommand(), CancellationToken.None, next.Delegate);

        await _unitOfWork.Received(1).BeginTransactionAsync(Arg.Any<CancellationToken>());
        await _unitOfWork.Received(1).RollbackTransactionAsync(Arg.Any<CancellationToken>());
        await _unitOfWork.DidNotReceive().CommitTransactionAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_Commit_When_ACommitsOnFailureCommandFails()
    {
        var behavior = new TransactionBehavior<TestCommitsOnFailureCommand, Result<int>>(_unitOfWork, new AfterCommitActions());
        var next = new Next<Result<int>>(Boom);

        var result = await behavior.Handle(new TestCommitsOnFailureCommand(), CancellationToken.None, next.Delegate);

        result.Error.ShouldBe(Boom);
        await _unitOfWork.Received(1).CommitTransactionAsync(Arg.Any<CancellationToken>());
        await _unitOfWork.DidNotReceive().RollbackTransactionAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_NotCommitAndDisposeTheTransaction_When_HandlerThrows()
    {
        var behavior = new TransactionBehavior<TestCommand, Result<int>>(_unitOfWork, new AfterCommitActions());
        var boom = new InvalidOperationException("handler failed");
        var next = new Next<Result<int>>(() => throw boom);

        var thrown = await Should.ThrowAsync<InvalidOperationException>(() => behavior.Handle(new TestCommand(), CancellationToken.None, next.Delegate));

        thrown.ShouldBeSameAs(boom);
        await _unitOfWork.DidNotReceive().CommitTransactionAsync(Arg.Any<CancellationToken>());
        await _transaction.Received(1).DisposeAsync();
    }
}
