using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.Shared;

public static class MoneyErrors
{
    public static readonly Error InvalidCurrency =
        Error.Validation("Money.InvalidCurrency", "The currency must be a three-letter ISO 4217 code.");
}
