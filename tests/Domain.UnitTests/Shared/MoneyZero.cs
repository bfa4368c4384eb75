using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Domain.UnitTests.Shared;

public class MoneyZero
{
    [Fact]
    public void Zero_Should_HaveNoAmountAndTheUpperCasedCurrency_When_CurrencyIsValid()
    {
        var zero = Money.Zero("eur");

        zero.Amount.ShouldBe(0m);
        zero.Currency.ShouldBe("EUR");
        zero.IsZero.ShouldBeTrue();
    }

    [Fact]
    public void IsZero_Should_BeFalse_When_AmountIsNotZero()
    {
        Money.Create(0.01m, "EUR").Value.IsZero.ShouldBeFalse();
    }

    [Fact]
    public void Zero_Should_Throw_When_CurrencyIsInvalid()
    {
        Should.Throw<InvalidOperationException>(() => Money.Zero("EURO"));
    }
}
