using AirbnbClone.Application.Abstractions.Behaviors;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Abstractions;
using FluentValidation;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Behaviors;

public class ValidationBehaviorValidRequest
{
    [Fact]
    public async Task Handle_Should_CallNextAndReturnItsResponse_When_RequestIsValid()
    {
        var behavior = new ValidationBehavior<TestAddressCommand, Result<int>>(
            [new TestAddressCommandValidator(), new TestAddressCommandExtraValidator()]);
        var next = new Next<Result<int>>(7);

        var result = await behavior.Handle(new TestAddressCommand("n", new TestAddress("s", "75001")), CancellationToken.None, next.Delegate);

        next.Calls.ShouldBe(1);
        result.Value.ShouldBe(7);
    }

    [Fact]
    public async Task Handle_Should_CallNext_When_RequestHasNoValidator()
    {
        var behavior = new ValidationBehavior<TestCommand, Result<int>>([]);
        var next = new Next<Result<int>>(7);

        var result = await behavior.Handle(new TestCommand(), CancellationToken.None, next.Delegate);

        next.Calls.ShouldBe(1);
        result.Value.ShouldBe(7);
    }

    [Fact]
    public async Task Handle_Should_CallNextWithoutValidating_When_ResponseIsNotAResult()
    {
        var validator = Substitute.For<IValidator<TestNotAResultRequest>>();
        var behavior = new ValidationBehavior<TestNotAResultRequest, string>([validator]);
        var next = new Next<string>("raw");

        var result = await behavior.Handle(new TestNotAResultRequest(), CancellationToken.None, next.Delegate);

        result.ShouldBe("raw");
        validator.ReceivedCalls().ShouldBeEmpty();
    }
}
