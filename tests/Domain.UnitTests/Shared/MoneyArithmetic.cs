using System.Globalization;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Domain.UnitTests.Shared;

public class MoneyArithmetic
{
    [Theory]
    [InlineData("10.10", "5.05", "15.15")]
    [InlineData("0.10", "0.20", "0.30")]
    [InlineData("-1.00", "0.50", "-0.50")]
    public void Add_Should_SumAmounts_When_CurrenciesMatch(string left, string right, string expected)
    {
        var sum = Usd(left) + Usd(right);

        sum.ShouldBe(Usd(expected));
        Money.Add(Usd(left), Usd(right)).ShouldBe(Usd(expected));
    }

    [Theory]
    [InlineData("10.10", "5.05", "5.05")]
    [InlineData("1.00", "2.50", "-1.50")]
    public void Subtract_Should_SubtractAmounts_When_CurrenciesMatch(string left, string right, string expected)
    {
        var difference = Usd(left) - Usd(right);

        difference.ShouldBe(Usd(expected));
        Money.Subtract(Usd(left), Usd(right)).ShouldBe(Usd(expected));
    }

    [Theory]
    [InlineData("100.00", "3", "300.00")]
    [InlineData("10.00", "0.333", "3.33")]
    [InlineData("0.01", "0.5", "0.01")] // 0.005 rounds away from zero
    [InlineData("33.25", "0.1", "3.33")] // 3.325: banker's rounding would give 3.32
    [InlineData("12.34", "0", "0.00")]
    public void Multiply_Should_RoundTheProductToCentsAwayFromZero_When_FactorIsGiven(string amount, string factor, string expected)
    {
        var product = Usd(amount) * Parse(factor);

        product.Amount.ShouldBe(Parse(expected));
        product.Currency.ShouldBe("USD");
        Money.Multiply(Usd(amount), Parse(factor)).Amount.ShouldBe(Parse(expected));
    }

    [Fact]
    public void Add_Should_Throw_When_CurrenciesDiffer()
    {
        Should.Throw<InvalidOperationException>(() => Usd("1.00") + Eur("1.00"));
    }

    [Fact]
    public void Subtract_Should_Throw_When_CurrenciesDiffer()
    {
        Should.Throw<InvalidOperationException>(() => Usd("1.00") - Eur("1.00"));
    }

    private static Money Usd(string amount) => Money.Create(Parse(amount), "USD").Value;

    private static Money Eur(string amount) => Money.Create(Parse(amount), "EUR").Value;

    private static decimal Parse(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}
