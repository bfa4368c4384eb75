using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.UnitTests.Abstractions;

public class ResultFailure
{
    private static readonly Error Boom = Error.Conflict("Test.Boom", "It broke.");

    [Fact]
    public void Failure_Should_CarryTheError_When_Created()
    {
        var result = Result.Failure(Boom);

        result.IsFailure.ShouldBeTrue();
        result.IsSuccess.ShouldBeFalse();
        result.Error.ShouldBe(Boom);
    }

    [Fact]
    public void Value_Should_Throw_When_ResultIsAFailure()
    {
        var result = Result.Failure<string>(Boom);

        result.Error.ShouldBe(Boom);
        Should.Throw<InvalidOperationException>(() => result.Value);
    }

    [Fact]
    public void BoxedValue_Should_Throw_When_ResultIsAFailure()
    {
        IValueResult result = Result.Failure<int>(Boom);

        Should.Throw<InvalidOperationException>(() => result.BoxedValue);
    }
}
