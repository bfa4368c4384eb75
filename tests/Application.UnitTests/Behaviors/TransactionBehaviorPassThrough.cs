using AirbnbClone.Application.Abstractions.Behaviors;
using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Caching;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Abstractions;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Behaviors;

public class TransactionBehaviorPassThrough
{
    private readonly IUnitOfWork _unitOfWork = Substitute.For<IUnitOfWork>();

    [Fact]
    public void Pipeline_Should_PutQueryRetryLastAndLeaveTheTransactionOut_When_RequestIsAQuery_AndTheOtherWayRound_When_RequestIsACommand()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddApplication(null);
        services.AddSingleton(_unitOfWork);
        services.AddSingleton(Substitute.For<ICurrentUser>());
        services.AddSingleton(Substitute.For<ICacheService>());
        services.AddSingleton(TimeProvider.System);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        using var scope = provider.CreateScope();

        var query = scope.ServiceProvider.GetServices<IPipelineBehavior<TestQuery, Result<int>>>().Select(b => b.GetType().Name).ToList();
        var command = scope.ServiceProvider.GetServices<IPipelineBehavior<TestCommand, Result<int>>>().Select(b => b.GetType().Name).ToList();

        query.ShouldBe(["LoggingBehavior`2", "ValidationBehavior`2", "AuthorizationBehavior`2", "CachingBehavior`2", "QueryRetryBehavior`2"]);
        command.ShouldBe(["LoggingBehavior`2", "ValidationBehavior`2", "AuthorizationBehavior`2", "CachingBehavior`2", "TransactionBehavior`2"]);
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
