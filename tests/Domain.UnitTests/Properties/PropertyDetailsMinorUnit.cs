using System.Globalization;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties;

namespace AirbnbClone.Domain.UnitTests.Properties;

/// <summary>A listing's prices may not have more decimals than its currency's ISO 4217 minor unit: refused, not rounded.</summary>
public class PropertyDetailsMinorUnit
{
    [Theory]
    [InlineData("JPY", "12000", true)]
    [InlineData("JPY", "12000.5", false)]
    [InlineData("KRW", "90000", true)]
    [InlineData("KRW", "90000.1", false)]
    [InlineData("EUR", "120.05", true)]
    [InlineData("EUR", "120.055", false)]
    [InlineData("USD", "99.99", true)]
    [InlineData("USD", "99.991", false)]
    [InlineData("BHD", "45.125", true)]
    [InlineData("BHD", "45.1251", false)]
    [InlineData("KWD", "30.333", true)]
    [InlineData("KWD", "30.3335", false)]
    public void Create_Should_RefuseAPrice_When_ItHasMoreDecimalsThanTheCurrency(string currency, string price, bool valid)
    {
        var amount = decimal.Parse(price, CultureInfo.InvariantCulture);

        var nightly = PropertyDetails.Create(PropertyDetailsCreate.Valid() with { Currency = currency, PricePerNight = amount, CleaningFee = 0m });
        var cleaning = PropertyDetails.Create(PropertyDetailsCreate.Valid() with { Currency = currency, PricePerNight = 1000m, CleaningFee = amount });

        FailedFields(nightly).ShouldBe(valid ? [] : ["pricePerNight"]);
        FailedFields(cleaning).ShouldBe(valid ? [] : ["cleaningFee"]);
        if (valid)
        {
            nightly.Value.PricePerNight.Amount.ShouldBe(amount);
            cleaning.Value.CleaningFee.Amount.ShouldBe(amount);
        }
    }

    [Theory]
    [InlineData("JPY", "Must be a whole number: JPY has no minor unit (ISO 4217).")]
    [InlineData("KWD", "Must have at most 3 decimal places: the ISO 4217 minor unit of KWD.")]
    public void Create_Should_SayWhichUnitTheCurrencyHas_When_APriceIsRefused(string currency, string message)
    {
        var result = PropertyDetails.Create(PropertyDetailsCreate.Valid() with { Currency = currency, PricePerNight = 100.0001m });

        ((ValidationError)result.Error).Errors["pricePerNight"].ShouldBe([message]);
    }

    private static string[] FailedFields(Result<PropertyDetails> result) =>
        result is { IsFailure: true, Error: ValidationError errors } ? [.. errors.Errors.Keys] : [];
}
