namespace AirbnbClone.Application.Abstractions.Data;

/// <summary>A write was refused by a unique index; the handler turns it into a Conflict error.</summary>
public sealed class UniqueConstraintException : Exception
{
    public UniqueConstraintException()
    {
    }

    public UniqueConstraintException(string message)
        : base(message)
    {
    }

    public UniqueConstraintException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? ConstraintName { get; init; }
}
