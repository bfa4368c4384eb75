using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.UnitTests.Abstractions;

public class ResultSuccess
{
    [Fact]
    public void Success_Should_CarryErrorNone_When_ItHasNoValue()
    {
        var result = Result.Success();

        result.IsSuccess.ShouldBeTrue();
        result.IsFailure.ShouldBeFalse();
        result.Error.ShouldBe(Error.None);
    }

    [Fact]
    public void Success_Should_CarryTheValueAndErrorNone_When_ItHasAValue()
    {
        var result = Result.Success(42);

        result.IsSuccess.ShouldBeTrue();
        result.Error.ShouldBe(Error.None);
        result.Value.ShouldBe(42);
        ((IValueResult)result).BoxedValue.ShouldBe(42);
    }
}
