using System.Globalization;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Domain.UnitTests.Shared;

public class MoneyCreate
{
    [Theory]
    [InlineData("USD", "USD")]
    [InlineData("eur", "EUR")]
    [InlineData("gBp", "GBP")]
    public void Create_Should_UpperCaseTheCurrency_When_ItIsThreeAsciiLetters(string currency, string expected)
    {
        var result = Money.Create(10m, currency);

        result.IsSuccess.ShouldBeTrue();
        result.Value.Currency.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("US")]
    [InlineData("USDT")]
    [InlineData("U$D")]
    [InlineData("12E")]
    [InlineData("US ")]
    [InlineData("ÉUR")] // a letter, but not ASCII
    public void Create_Should_FailWithInvalidCurrency_When_CurrencyIsNotThreeAsciiLetters(string? currency)
    {
        var result = Money.Create(10m, currency);

        result.IsFailure.ShouldBeTrue();
        result.Error.ShouldBe(MoneyErrors.InvalidCurrency);
    }

    [Theory]
    [InlineData("0.005", "0.01")]
    [InlineData("0.004", "0.00")]
    [InlineData("2.675", "2.68")]
    [InlineData("2.665", "2.67")] // banker's rounding would give 2.66
    [InlineData("1.125", "1.13")] // banker's rounding would give 1.12
    [InlineData("-0.005", "-0.01")]
    [InlineData("-2.675", "-2.68")]
    [InlineData("10", "10.00")]
    public void Create_Should_RoundToCentsAwayFromZero_When_AmountHasMoreThanTwoDecimals(string amount, string expected)
    {
        var money = Money.Create(Parse(amount), "USD").Value;

        money.Amount.ShouldBe(Parse(expected));
    }

    [Fact]
    public void ToString_Should_ShowTwoDecimalsAndTheCurrency_When_Called()
    {
        Money.Create(5m, "usd").Value.ToString().ShouldBe("5.00 USD");
    }

    private static decimal Parse(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}
