namespace AirbnbClone.Domain.Abstractions;

/// <summary>Lets code that does not know T read a successful result's value.</summary>
public interface IValueResult
{
    object? BoxedValue { get; }
}
