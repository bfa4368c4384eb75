using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.UnitTests.Abstractions;

public class ErrorFactories
{
    public static TheoryData<Func<string, string, Error>, ErrorType> Factories => new()
    {
        { Error.Validation, ErrorType.Validation },
        { Error.NotFound, ErrorType.NotFound },
        { Error.Conflict, ErrorType.Conflict },
        { Error.Forbidden, ErrorType.Forbidden },
        { Error.Unauthorized, ErrorType.Unauthorized },
        { Error.Failure, ErrorType.Failure },
    };

    [Theory]
    [MemberData(nameof(Factories))]
    public void Factory_Should_SetCodeMessageAndType_When_Called(Func<string, string, Error> factory, ErrorType expected)
    {
        var error = factory("Code.X", "Message x");

        error.Code.ShouldBe("Code.X");
        error.Message.ShouldBe("Message x");
        error.Type.ShouldBe(expected);
    }

    [Fact]
    public void ForField_Should_NameTheFieldWithItsMessage_When_Called()
    {
        var error = ValidationError.ForField("email", "Required.");

        error.Type.ShouldBe(ErrorType.Validation);
        error.Errors.Keys.ShouldBe(["email"]);
        error.Errors["email"].ShouldBe(["Required."]);
    }

    [Fact]
    public void TooManyRequestsError_Should_CarryRetryAfterAndTooManyRequestsType_When_Created()
    {
        var error = new TooManyRequestsError("Auth.Locked", "Wait.", TimeSpan.FromMinutes(5));

        error.Type.ShouldBe(ErrorType.TooManyRequests);
        error.Code.ShouldBe("Auth.Locked");
        error.RetryAfter.ShouldBe(TimeSpan.FromMinutes(5));
    }
}
