using System.Diagnostics.CodeAnalysis;

namespace AirbnbClone.Domain.Abstractions;

/// <summary>A <see cref="Result"/> that carries a value when it succeeded.</summary>
public sealed class Result<TValue> : Result, IValueResult
{
    private readonly TValue? _value;

    internal Result(TValue? value, bool isSuccess, Error error)
        : base(isSuccess, error) => _value = value;

    [NotNull]
    public TValue Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException("The value of a failed result cannot be read.");

    object? IValueResult.BoxedValue => Value;

    public static implicit operator Result<TValue>(TValue value) => Success(value);

    public static implicit operator Result<TValue>(Error error) => Failure<TValue>(error);
}
