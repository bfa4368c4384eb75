using AirbnbClone.Application.Abstractions.Behaviors;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Application.UnitTests.Behaviors;

public class ValidationBehaviorInvalidRequest
{
    [Fact]
    public async Task Handle_Should_ReturnAllFailuresGroupedByCamelCasedField_When_RequestIsInvalid()
    {
        var behavior = new ValidationBehavior<TestAddressCommand, Result<int>>(
            [new TestAddressCommandValidator(), new TestAddressCommandExtraValidator()]);
        var next = new Next<Result<int>>(7);

        var result = await behavior.Handle(new TestAddressCommand(null, new TestAddress(null, "abc")), CancellationToken.None, next.Delegate);

        result.IsFailure.ShouldBeTrue();
        var error = result.Error.ShouldBeOfType<ValidationError>();
        error.Type.ShouldBe(ErrorType.Validation);
        error.Errors.Keys.OrderBy(k => k, StringComparer.Ordinal).ShouldBe(["address.postalCode", "address.street", "name"]);
        error.Errors["name"].ShouldBe(["Name is required."]);
        error.Errors["address.street"].ShouldBe(["Street is required."]);
        error.Errors["address.postalCode"].ShouldBe(["Postal code must be five digits."]);
    }

    [Fact]
    public async Task Handle_Should_CollectMessagesOfEveryValidatorForOneField_When_SeveralValidatorsFail()
    {
        var behavior = new ValidationBehavior<TestAddressCommand, Result<int>>(
            [new TestAddressCommandValidator(), new TestAddressCommandExtraValidator()]);
        var next = new Next<Result<int>>(7);

        var result = await behavior.Handle(new TestAddressCommand("n", new TestAddress("s", string.Empty)), CancellationToken.None, next.Delegate);

        var error = result.Error.ShouldBeOfType<ValidationError>();
        error.Errors.Keys.ShouldBe(["address.postalCode"]);
        error.Errors["address.postalCode"].ShouldBe(["Postal code is required.", "Postal code must be five digits."], ignoreOrder: true);
    }

    [Fact]
    public async Task Handle_Should_NotCallNext_When_RequestIsInvalid()
    {
        var behavior = new ValidationBehavior<TestAddressCommand, Result<int>>([new TestAddressCommandValidator()]);
        var next = new Next<Result<int>>(7);

        await behavior.Handle(new TestAddressCommand(null, new TestAddress(null, null)), CancellationToken.None, next.Delegate);

        next.WasCalled.ShouldBeFalse();
    }

    [Fact]
    public async Task Handle_Should_ReturnAFailedPlainResult_When_ResponseIsResultWithoutValue()
    {
        var behavior = new ValidationBehavior<TestPlainCommand, Result>([new TestPlainCommandValidator()]);
        var next = new Next<Result>(Result.Success());

        var result = await behavior.Handle(new TestPlainCommand(), CancellationToken.None, next.Delegate);

        result.IsFailure.ShouldBeTrue();
        result.Error.ShouldBeOfType<ValidationError>().Errors.Keys.ShouldBe(["whole"]);
        next.WasCalled.ShouldBeFalse();
    }
}
