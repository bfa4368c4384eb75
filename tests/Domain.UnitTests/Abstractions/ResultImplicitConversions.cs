using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.UnitTests.Abstractions;

public class ResultImplicitConversions
{
    private static readonly Error Boom = Error.NotFound("Test.Missing", "Not there.");

    [Fact]
    public void ImplicitConversion_Should_MakeASuccess_When_AValueIsReturned()
    {
        Result<string> result = "hello";

        result.IsSuccess.ShouldBeTrue();
        result.Value.ShouldBe("hello");
    }

    [Fact]
    public void ImplicitConversion_Should_MakeAFailureOfT_When_AnErrorIsReturned()
    {
        Result<string> result = Boom;

        result.IsFailure.ShouldBeTrue();
        result.Error.ShouldBe(Boom);
    }

    [Fact]
    public void ImplicitConversion_Should_MakeAFailure_When_AnErrorIsReturnedAsPlainResult()
    {
        Result result = Boom;

        result.IsFailure.ShouldBeTrue();
        result.Error.ShouldBe(Boom);
    }
}
