using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Domain.UnitTests.Users;

public class PasswordPolicyCheck
{
    private static readonly Email Alice = Email.Create("alice@example.com").Value;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("123456789")] // 9 characters
    public void Check_Should_FailWithTooShort_When_PasswordHasFewerThanTenCharacters(string? password)
    {
        PasswordPolicy.Check(password, Alice).Error.ShouldBe(PasswordPolicy.TooShort);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(64)]
    [InlineData(128)]
    public void Check_Should_Succeed_When_LengthIsWithinTenTo128(int length)
    {
        PasswordPolicy.Check(new string('p', length), Alice).IsSuccess.ShouldBeTrue();
    }

    [Theory]
    [InlineData(129)]
    [InlineData(10_000)]
    public void Check_Should_FailWithTooLong_When_PasswordHasMoreThan128Characters(int length)
    {
        PasswordPolicy.Check(new string('p', length), Alice).Error.ShouldBe(PasswordPolicy.TooLong);
    }

    [Theory]
    [InlineData("alice-is-great")]
    [InlineData("my-ALICE-pass")]
    [InlineData("xxAlIcExxxxx")]
    [InlineData("1234567alice")]
    public void Check_Should_FailWithContainsEmail_When_PasswordContainsTheLocalPartInAnyCase(string password)
    {
        PasswordPolicy.Check(password, Alice).Error.ShouldBe(PasswordPolicy.ContainsEmail);
    }

    [Fact]
    public void Check_Should_FailWithContainsEmail_When_LocalPartIsExactlyThreeCharacters()
    {
        var bob = Email.Create("bob@example.com").Value;

        PasswordPolicy.Check("correct-BOB-battery", bob).Error.ShouldBe(PasswordPolicy.ContainsEmail);
    }

    [Theory]
    [InlineData("a@example.com", "a-banana-a-day")]
    [InlineData("jo@example.com", "jojo-rabbit-2019")]
    public void Check_Should_IgnoreTheLocalPart_When_ItIsShorterThanThreeCharacters(string email, string password)
    {
        PasswordPolicy.Check(password, Email.Create(email).Value).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void Check_Should_Succeed_When_PasswordContainsOnlyTheDomain()
    {
        PasswordPolicy.Check("example-example", Alice).IsSuccess.ShouldBeTrue();
    }
}
