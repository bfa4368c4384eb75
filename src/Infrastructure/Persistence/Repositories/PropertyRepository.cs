using AirbnbClone.Application.Properties;
using AirbnbClone.Application.Properties.Specifications;
using AirbnbClone.Domain.Properties;
using Microsoft.EntityFrameworkCore;

namespace AirbnbClone.Infrastructure.Persistence.Repositories;

internal sealed class PropertyRepository(ApplicationDbContext context) : IPropertyRepository
{
    private const string LockSql = "SELECT 1 FROM properties WHERE id = @Id FOR UPDATE";

    public async Task<Property?> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        await context.Set<Property>().FindAsync([id], cancellationToken);

    public async Task<Property?> GetByIdForUpdateAsync(Guid id, CancellationToken cancellationToken)
    {
        // Row lock first: calendar changes of one listing (blocks and bookings) run one at a time. No row, no lock:
        // the load below then finds nothing.
        await context.ExecuteAsync(LockSql, new { Id = id }, cancellationToken);
        return await context.Set<Property>().WithSpecification(new PropertyWithBlocksSpec(id)).SingleOrDefaultAsync(cancellationToken);
    }

    public Task<Property?> GetByIdWithBlocksAsync(Guid id, CancellationToken cancellationToken) =>
        context.Set<Property>().WithSpecification(new PropertyWithBlocksSpec(id, tracked: false)).SingleOrDefaultAsync(cancellationToken);

    public void Add(Property property) => context.Add(property);
}
