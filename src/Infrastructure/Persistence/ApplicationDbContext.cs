using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Events;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace AirbnbClone.Infrastructure.Persistence;

/// <summary>
/// The write side: commands load and save aggregates through this context. The schema comes from SQL migrations.
/// As the unit of work it also dispatches the domain events the saved aggregates recorded (see <see cref="IUnitOfWork.SaveChangesAsync"/>).
/// </summary>
public sealed class ApplicationDbContext(DbContextOptions<ApplicationDbContext> options, IDomainEventDispatcher domainEvents, PendingJobs pendingJobs)
    : DbContext(options), IUnitOfWork
{
    /// <summary>Handlers may change aggregates that raise further events; a chain longer than this is a bug (a cycle).</summary>
    private const int MaxDispatchRounds = 8;

    private readonly PendingJobs _pendingJobs = pendingJobs;

    private IDbContextTransaction? _transaction;

    public bool HasActiveTransaction => _transaction is not null;

    public async Task<IAsyncDisposable> BeginTransactionAsync(CancellationToken cancellationToken)
    {
        // No SAVEPOINT / RELEASE SAVEPOINT around each save (two round trips per save). A save a constraint refuses
        // therefore aborts the command's transaction; every handler that catches UniqueConstraintException or
        // ExclusionConstraintException returns at once, and the Transaction behaviour ends the transaction.
        Database.AutoSavepointsEnabled = false;
        _transaction = await Database.BeginTransactionAsync(cancellationToken);
        return new TransactionScope(this);
    }

    public async Task CommitTransactionAsync(CancellationToken cancellationToken)
    {
        if (_transaction is not null)
        {
            await WritePendingJobsAsync(cancellationToken);
            await _transaction.CommitAsync(cancellationToken);
        }
    }

    public async Task RollbackTransactionAsync(CancellationToken cancellationToken)
    {
        _pendingJobs.Discard();
        if (_transaction is not null)
        {
            await _transaction.RollbackAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Saves, then publishes the events the saved aggregates recorded, in the same transaction: what their handlers
    /// write (jobs, e-mails, other aggregates) commits or rolls back with the command. Changes the handlers make are
    /// saved, and their events dispatched, before this returns, so a command handler saves exactly once.
    /// </summary>
    async Task IUnitOfWork.SaveChangesAsync(CancellationToken cancellationToken)
    {
        for (var round = 0; ; round++)
        {
            var events = TakeDomainEvents();
            await SaveTranslatingConstraintsAsync(cancellationToken);
            if (events.Count == 0)
            {
                // The jobs the handlers enqueued, in one statement.
                await WritePendingJobsAsync(cancellationToken);
                return;
            }

            if (round == MaxDispatchRounds)
            {
                throw new InvalidOperationException($"Domain event handlers kept raising events after {MaxDispatchRounds} rounds; is there a cycle?");
            }

            await domainEvents.DispatchAsync(events, cancellationToken);
        }
    }

    private async Task WritePendingJobsAsync(CancellationToken cancellationToken)
    {
        if (_pendingJobs.IsEmpty || _transaction is null)
        {
            return;
        }

        await _pendingJobs.FlushAsync(
            (NpgsqlConnection)Database.GetDbConnection(), (NpgsqlTransaction)_transaction.GetDbTransaction(), cancellationToken);
    }

    private List<IDomainEvent> TakeDomainEvents()
    {
        var entities = ChangeTracker.Entries<Entity>().Select(e => e.Entity).Where(e => e.DomainEvents.Count > 0).ToList();
        var events = entities.SelectMany(e => e.DomainEvents).ToList();
        entities.ForEach(e => e.ClearDomainEvents());
        return events;
    }

    private async Task SaveTranslatingConstraintsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            throw new UniqueConstraintException("A unique index refused the write.", exception) { ConstraintName = unique.ConstraintName };
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation } exclusion)
        {
            throw new ExclusionConstraintException("An exclusion constraint refused the write.", exception) { ConstraintName = exclusion.ConstraintName };
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ApplicationDbContext).Assembly);
    }

    private sealed class TransactionScope(ApplicationDbContext context) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (context._transaction is not null)
            {
                context._pendingJobs.Discard();
                await context._transaction.DisposeAsync();
                context._transaction = null;
            }
        }
    }
}
