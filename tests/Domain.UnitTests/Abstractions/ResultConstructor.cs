using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.UnitTests.Abstractions;

public class ResultConstructor
{
    private static readonly Error Boom = Error.Failure("Test.Boom", "It broke.");

    [Fact]
    public void Failure_Should_Throw_When_ErrorIsNone()
    {
        Should.Throw<ArgumentException>(() => Result.Failure(Error.None));
        Should.Throw<ArgumentException>(() => Result.Failure<int>(Error.None));
    }

    [Fact]
    public void Failure_Should_Throw_When_ErrorEqualsNoneByValue()
    {
        Should.Throw<ArgumentException>(() => Result.Failure(new Error(string.Empty, string.Empty, ErrorType.Failure)));
    }

    [Fact]
    public void Constructor_Should_Throw_When_ASuccessCarriesAnError()
    {
        Should.Throw<ArgumentException>(() => new Result<int>(1, true, Boom));
        Should.Throw<ArgumentException>(() => new ExposedResult(true, Boom));
    }

    [Fact]
    public void Constructor_Should_Throw_When_AFailureCarriesNoError()
    {
        Should.Throw<ArgumentException>(() => new Result<int>(default, false, Error.None));
        Should.Throw<ArgumentException>(() => new ExposedResult(false, Error.None));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Constructor_Should_Succeed_When_SuccessAndErrorAgree(bool isSuccess)
    {
        var result = new ExposedResult(isSuccess, isSuccess ? Error.None : Boom);

        result.IsSuccess.ShouldBe(isSuccess);
    }

    private sealed class ExposedResult(bool isSuccess, Error error) : Result(isSuccess, error);
}
