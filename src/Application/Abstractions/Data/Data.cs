using System.Data.Common;

namespace AirbnbClone.Application.Abstractions.Data;

/// <summary>Opens connections for queries (Dapper); uses the read replica when one is configured.</summary>
public interface ISqlConnectionFactory
{
    ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);
}

/// <summary>The write side's unit of work: one transaction per command, one save.</summary>
public interface IUnitOfWork
{
    bool HasActiveTransaction { get; }

    Task<IAsyncDisposable> BeginTransactionAsync(CancellationToken cancellationToken);

    Task CommitTransactionAsync(CancellationToken cancellationToken);

    Task RollbackTransactionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Saves tracked changes. A unique-key clash surfaces as <see cref="UniqueConstraintException"/>, an
    /// overlapping date range refused by an exclusion constraint as <see cref="ExclusionConstraintException"/>.
    /// </summary>
    Task SaveChangesAsync(CancellationToken cancellationToken);
}

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
