namespace AirbnbClone.Application.Abstractions.Data;

/// <summary>A write was refused by an exclusion constraint (overlapping date ranges); the handler turns it into a Conflict.</summary>
public sealed class ExclusionConstraintException : Exception
{
    public ExclusionConstraintException()
    {
    }

    public ExclusionConstraintException(string message)
        : base(message)
    {
    }

    public ExclusionConstraintException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? ConstraintName { get; init; }
}
