using System.Globalization;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Domain.UnitTests.Shared;

/// <summary>Every amount respects its currency's ISO 4217 minor unit: yen have no decimals, dinars three.</summary>
public class MoneyMinorUnit
{
    [Theory]
    [InlineData("JPY", 0)]
    [InlineData("KRW", 0)]
    [InlineData("EUR", 2)]
    [InlineData("USD", 2)]
    [InlineData("BHD", 3)]
    [InlineData("KWD", 3)]
    [InlineData("JOD", 3)]
    [InlineData("OMR", 3)]
    [InlineData("TND", 3)]
    [InlineData("IQD", 3)]
    [InlineData("LYD", 3)]
    [InlineData("ISK", 0)]
    [InlineData("GBP", 2)]
    public void MinorUnit_Should_FollowIso4217_When_AskedForACurrency(string currency, int expected) =>
        IsoCodes.MinorUnit(currency).ShouldBe(expected);

    [Fact]
    public void MinorUnit_Should_OnlyListCurrenciesTheDomainAccepts_When_TheyAreNotTwo() =>
        IsoCodes.ZeroDecimalCurrencies.Concat(IsoCodes.ThreeDecimalCurrencies).Where(c => !IsoCodes.IsCurrency(c)).ShouldBeEmpty();

    [Theory]
    [InlineData("JPY", "2148.30", "2148")]
    [InlineData("JPY", "3.5", "4")] // banker's rounding would give 4 too; 2.5 below tells them apart
    [InlineData("JPY", "2.5", "3")]
    [InlineData("KRW", "1868.5", "1869")]
    [InlineData("KRW", "-2.5", "-3")]
    [InlineData("EUR", "16.807", "16.81")]
    [InlineData("EUR", "2.665", "2.67")]
    [InlineData("USD", "15.3986", "15.40")]
    [InlineData("BHD", "7.0875", "7.088")]
    [InlineData("BHD", "7.0865", "7.087")]
    [InlineData("KWD", "4.56162", "4.562")]
    [InlineData("KWD", "0.0005", "0.001")]
    public void Create_Should_RoundToTheMinorUnitAwayFromZero_When_AmountHasMoreDecimals(string currency, string amount, string expected) =>
        Money.Create(Parse(amount), currency).Value.Amount.ShouldBe(Parse(expected));

    [Theory]
    [InlineData("JPY", "12000", true)]
    [InlineData("JPY", "12000.0", true)]
    [InlineData("JPY", "12000.5", false)]
    [InlineData("KRW", "110000", true)]
    [InlineData("KRW", "110000.01", false)]
    [InlineData("EUR", "120.05", true)]
    [InlineData("EUR", "120.055", false)]
    [InlineData("USD", "99.99", true)]
    [InlineData("USD", "99.999", false)]
    [InlineData("BHD", "45.125", true)]
    [InlineData("BHD", "45.1255", false)]
    [InlineData("KWD", "30.333", true)]
    [InlineData("KWD", "30.3331", false)]
    public void FitsMinorUnit_Should_AnswerWhetherTheAmountHasNoMoreDecimalsThanTheCurrency(string currency, string amount, bool fits) =>
        Money.FitsMinorUnit(Parse(amount), currency).ShouldBe(fits);

    [Theory]
    [InlineData("JPY", "12000", "12000 JPY")]
    [InlineData("EUR", "5", "5.00 EUR")]
    [InlineData("KWD", "4.5", "4.500 KWD")]
    public void ToString_Should_ShowTheCurrencysDecimals_When_Called(string currency, string amount, string expected) =>
        Money.Create(Parse(amount), currency).Value.ToString().ShouldBe(expected);

    [Fact]
    public void Arithmetic_Should_RoundToTheMinorUnit_When_AFactorLeavesFractions()
    {
        var fee = Money.Create(15345m, "JPY").Value * 0.14m;

        fee.Amount.ShouldBe(2148m);
        (fee + Money.Create(15345m, "JPY").Value).Amount.ShouldBe(17493m);
    }

    private static decimal Parse(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}
