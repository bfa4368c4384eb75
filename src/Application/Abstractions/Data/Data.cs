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

    /// <summary>Saves tracked changes. A unique-key clash surfaces as <see cref="UniqueConstraintException"/>.</summary>
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
