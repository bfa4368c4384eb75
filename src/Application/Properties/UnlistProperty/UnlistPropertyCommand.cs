using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Bookings;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Properties.UnlistProperty;

/// <summary>
/// DELETE /properties/{id}: unlists the home (the row stays for past bookings and reviews). The owner host or an
/// admin; refused while confirmed bookings have not checked out yet. Idempotent.
/// </summary>
public sealed record UnlistPropertyCommand(Guid PropertyId) : ICommand, IRequiresRole
{
    public IReadOnlyCollection<Role> AllowedRoles => PropertyAccess.ManagingRoles;
}

internal sealed class UnlistPropertyCommandHandler(
    IPropertyRepository properties,
    IBookingRepository bookings,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<UnlistPropertyCommand>
{
    public async Task<Result> Handle(UnlistPropertyCommand request, CancellationToken cancellationToken)
    {
        // Locked, so a booking confirmed at the same moment waits for this decision (the bookings feature locks it too).
        var property = await properties.GetByIdForUpdateAsync(request.PropertyId, cancellationToken);
        if (PropertyAccess.CheckManage(property, currentUser) is { } denied)
        {
            return denied;
        }

        var now = clock.GetUtcNow();
        if (await bookings.HasFutureConfirmedAsync(property!.Id, DateOnly.FromDateTime(now.UtcDateTime), cancellationToken))
        {
            return PropertyErrors.HasFutureBookings;
        }

        property.Unlist(now);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
