namespace AirbnbClone.Application.Abstractions.Data;

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
