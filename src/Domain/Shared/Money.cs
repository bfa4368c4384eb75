using System.Globalization;
using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.Shared;

/// <summary>An amount in one ISO 4217 currency, always rounded to that currency's minor unit (yen, cents, fils).</summary>
public sealed record Money
{
    private Money(decimal amount, string currency)
    {
        Amount = amount;
        Currency = currency;
    }

    public decimal Amount { get; }

    public string Currency { get; }

    public static Result<Money> Create(decimal amount, string? currency)
    {
        if (string.IsNullOrWhiteSpace(currency) || currency.Length != 3 || !currency.All(char.IsAsciiLetter))
        {
            return MoneyErrors.InvalidCurrency;
        }

        var code = currency.ToUpperInvariant();
        return new Money(Round(amount, code), code);
    }

    public static Money Zero(string currency) => Create(0m, currency).Value;

    public static Money operator +(Money left, Money right) =>
        new(Round(left.Amount + SameCurrency(left, right).Amount, left.Currency), left.Currency);

    public static Money operator -(Money left, Money right) =>
        new(Round(left.Amount - SameCurrency(left, right).Amount, left.Currency), left.Currency);

    public static Money operator *(Money money, decimal factor) => new(Round(money.Amount * factor, money.Currency), money.Currency);

    public static Money Add(Money left, Money right) => left + right;

    public static Money Subtract(Money left, Money right) => left - right;

    public static Money Multiply(Money money, decimal factor) => money * factor;

    public bool IsZero => Amount == 0m;

    public override string ToString() =>
        $"{Amount.ToString("F" + IsoCodes.MinorUnit(Currency).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)} {Currency}";

    /// <summary>True when <paramref name="amount"/> has no more decimals than the currency's minor unit (12000 JPY, not 12000.5).</summary>
    public static bool FitsMinorUnit(decimal amount, string currency) => Round(amount, currency) == amount;

    /// <summary>
    /// Rounds to the currency's minor unit. Banker's rounding would surprise guests on a receipt: half a unit rounds
    /// away from zero.
    /// </summary>
    public static decimal Round(decimal amount, string currency) =>
        Math.Round(amount, IsoCodes.MinorUnit(currency), MidpointRounding.AwayFromZero);

    private static Money SameCurrency(Money left, Money right) =>
        left.Currency == right.Currency
            ? right
            : throw new InvalidOperationException($"Cannot combine {left.Currency} with {right.Currency}.");
}
