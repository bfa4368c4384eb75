using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Users;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties;

namespace AirbnbClone.Application.Properties.PatchProperty;

internal sealed class PatchPropertyCommandHandler(
    IPropertyRepository properties,
    IUserRepository users,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    PropertyCacheInvalidator cache,
    TimeProvider clock) : ICommandHandler<PatchPropertyCommand, PropertyResponse>
{
    public async Task<Result<PropertyResponse>> Handle(PatchPropertyCommand request, CancellationToken cancellationToken)
    {
        var property = await properties.GetByIdAsync(request.PropertyId, cancellationToken);
        if (PropertyAccess.Check(property, currentUser) is { } denied)
        {
            return denied;
        }

        var details = PropertyDetails.Create(request.Body.Overlay(property!.ToDraft()));
        if (details.IsFailure)
        {
            return details.Error;
        }

        var now = clock.GetUtcNow();
        property.Update(details.Value, now);
        if (PropertyNames.TryParseStatus(request.Body.Status, out var status) && request.Body.Status is not null)
        {
            if (status == PropertyStatus.Unlisted)
            {
                if (await properties.HasFutureConfirmedBookingsAsync(property.Id, DateOnly.FromDateTime(now.UtcDateTime), cancellationToken))
                {
                    return PropertyErrors.HasFutureBookings;
                }

                property.Unlist(now);
            }
            else
            {
                property.Relist(now);
            }
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        cache.PropertyChanged(property.Id);
        var host = await users.GetByIdAsync(property.HostId, cancellationToken);
        return property.ToResponse(host?.FirstName ?? string.Empty);
    }
}
