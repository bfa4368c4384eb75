using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Bookings;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties;

namespace AirbnbClone.Application.Properties.UnlistProperty;

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
