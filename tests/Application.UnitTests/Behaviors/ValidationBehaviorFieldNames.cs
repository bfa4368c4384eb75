using AirbnbClone.Application.Abstractions.Behaviors;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Application.UnitTests.Behaviors;

public class ValidationBehaviorFieldNames
{
    [Theory]
    [InlineData("Email", "email")]
    [InlineData("Address.PostalCode", "address.postalCode")]
    [InlineData("Guests[0].FirstName", "guests[0].firstName")]
    [InlineData("lowerAlready", "lowerAlready")]
    [InlineData("", "")]
    public void ToFieldName_Should_LowerTheFirstLetterOfEachSegment_When_Called(string propertyName, string expected)
    {
        ValidationBehavior<TestCommand, Result<int>>.ToFieldName(propertyName).ShouldBe(expected);
    }
}
