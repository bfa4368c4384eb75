using AirbnbClone.Application.Abstractions.Behaviors;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Abstractions;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Behaviors;

public class TransactionBehaviorPassThrough
{
    private readonly IUnitOfWork _unitOfWork = Substitute.For<IUnitOfWork>();

    [Fact]
    public async Task Handle_Should_NotTouchTheUnitOfWork_When_RequestIsAQuery()
    {
        var behavior = new TransactionBehavior<TestQuery, Result<int>>(_unitOfWork, new AfterCommitActions());
        var next = new Next<Result<int>>(3);

        var result = await behavior.Handle(new TestQuery(), CancellationToken.None, next.Delegate);

        result.Value.ShouldBe(3);
        next.Calls.ShouldBe(1);
        _unitOfWork.ReceivedCalls().ShouldBeEmpty();
    }

    [Fact]
    public async Task Handle_Should_NotBeginANestedTransaction_When_OneIsAlreadyActive()
    {
        _unitOfWork.HasActiveTransaction.Returns(true);
        var behavior = new TransactionBehavior<TestCommand, Result<int>>(_unitOfWork, new AfterCommitActions());
        var next = new Next<Result<int>>(Error.Failure("Test.Failed", "Failed."));

        await behavior.Handle(new TestCommand(), CancellationToken.None, next.Delegate);

        next.Calls.ShouldBe(1);
        await _unitOfWork.DidNotReceive().BeginTransactionAsync(Arg.Any<CancellationToken>());
        await _unitOfWork.DidNotReceive().CommitTransactionAsync(Arg.Any<CancellationToken>());
        await _unitOfWork.DidNotReceive().RollbackTransactionAsync(Arg.Any<CancellationToken>());
    }
}
