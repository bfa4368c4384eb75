using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.Shared;

/// <summary>An amount in one ISO 4217 currency, always rounded to cents.</summary>
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

        return new Money(Round(amount), currency.ToUpperInvariant());
    }

    public static Money Zero(string currency) => Create(0m, currency).Value;

    public static Money operator +(Money left, Money right) =>
        new(Round(left.Amount + SameCurrency(left, right).Amount), left.Currency);

    public static Money operator -(Money left, Money right) =>
        new(Round(left.Amount - SameCurrency(left, right).Amount), left.Currency);

    public static Money operator *(Money money, decimal factor) => new(Round(money.Amount * factor), money.Currency);

    public static Money Add(Money left, Money right) => left + right;

    public static Money Subtract(Money left, Money right) => left - right;

    public static Money Multiply(Money money, decimal factor) => money * factor;

    public bool IsZero => Amount == 0m;

    public override string ToString() => $"{Amount:0.00} {Currency}";

    // Banker's rounding would surprise guests on a receipt: half a cent rounds away from zero.
    private static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static Money SameCurrency(Money left, Money right) =>
        left.Currency == right.Currency
            ? right
            : throw new InvalidOperationException($"Cannot combine {left.Currency} with {right.Currency}.");
}
