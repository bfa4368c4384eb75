using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Domain.UnitTests.Shared;

public class EmailCreate
{
    [Theory]
    [InlineData("alice@example.com", "alice@example.com")]
    [InlineData("  Alice@Example.COM  ", "alice@example.com")]
    [InlineData("\tBOB.Smith+tag@Sub.Example.org\n", "bob.smith+tag@sub.example.org")]
    public void Create_Should_TrimAndLowerCase_When_AddressIsValid(string input, string expected)
    {
        var result = Email.Create(input);

        result.IsSuccess.ShouldBeTrue();
        result.Value.Value.ShouldBe(expected);
        result.Value.ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Create_Should_FailWithEmpty_When_ValueIsNullOrWhitespace(string? input)
    {
        var result = Email.Create(input);

        result.IsFailure.ShouldBeTrue();
        result.Error.ShouldBe(EmailErrors.Empty);
    }

    [Theory]
    [InlineData("alice.example.com")] // no '@'
    [InlineData("alice@@example.com")] // two '@' together
    [InlineData("al@ice@example.com")] // two '@' apart
    [InlineData("@example.com")] // no local part
    [InlineData("alice@")] // no domain
    [InlineData("alice@localhost")] // no dot in domain
    [InlineData("alice@.example.com")] // leading dot in domain
    [InlineData("alice@example.com.")] // trailing dot in domain
    [InlineData("ali ce@example.com")] // space inside local part
    [InlineData("alice@exa mple.com")] // space inside domain
    [InlineData("alice@example.com\tx")] // tab inside
    [InlineData("<alice@example.com>")] // display syntax, not a bare address
    public void Create_Should_FailWithInvalid_When_AddressIsMalformed(string input)
    {
        var result = Email.Create(input);

        result.IsFailure.ShouldBeTrue();
        result.Error.ShouldBe(EmailErrors.Invalid);
    }

    [Fact]
    public void Create_Should_Succeed_When_AddressIsExactlyMaxLength()
    {
        var address = AddressOfLength(Email.MaxLength);

        var result = Email.Create(address);

        result.IsSuccess.ShouldBeTrue();
        result.Value.Value.Length.ShouldBe(Email.MaxLength);
    }

    [Fact]
    public void Create_Should_FailWithInvalid_When_AddressIsLongerThanMaxLength()
    {
        var address = AddressOfLength(Email.MaxLength + 1);

        var result = Email.Create(address);

        result.Error.ShouldBe(EmailErrors.Invalid);
    }

    [Fact]
    public void Create_Should_MeasureLengthAfterTrimming_When_PaddingPushesRawInputOverMaxLength()
    {
        var address = "   " + AddressOfLength(Email.MaxLength) + "   ";

        Email.Create(address).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void Create_Should_MakeEqualValues_When_AddressesDifferOnlyInCase()
    {
        Email.Create("Alice@Example.com").Value.ShouldBe(Email.Create("alice@EXAMPLE.COM").Value);
    }

    // A 64-character local part (the RFC limit) and a domain of short dotted labels ending in ".com".
    private static string AddressOfLength(int length)
    {
        var labels = new List<string>();
        var body = length - 64 - 1 - ".com".Length;
        while (body > 50)
        {
            labels.Add(new string('d', 49));
            body -= 50;
        }

        labels.Add(new string('d', body));
        var address = new string('a', 64) + "@" + string.Join('.', labels) + ".com";
        address.Length.ShouldBe(length);
        return address;
    }
}
