using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Domain.UnitTests.Shared;

public class EmailLocalPart
{
    [Theory]
    [InlineData("alice@example.com", "alice")]
    [InlineData("Bob.Smith+Tag@Example.com", "bob.smith+tag")]
    [InlineData("x@y.io", "x")]
    public void LocalPart_Should_BeTheNormalisedTextBeforeTheAt_When_AddressIsValid(string input, string expected)
    {
        Email.Create(input).Value.LocalPart.ShouldBe(expected);
    }
}
