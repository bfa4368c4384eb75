using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Concurrency;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Bookings;
using AirbnbClone.Application.Users;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Users;
using AutoMapper;

namespace AirbnbClone.Application.Properties.PatchProperty;

/// <summary>
/// Changes some fields of a listing (PATCH): the owner host or an admin. Null or missing fields stay; the result
/// must satisfy every listing rule. <c>status</c> lists or unlists (unlisting refuses while future confirmed bookings exist).
/// </summary>
public sealed record PatchPropertyCommand(Guid PropertyId, PropertyBody Body) : ICommand<PropertyResponse>, IRequiresRole
{
    public IReadOnlyCollection<Role> AllowedRoles => PropertyAccess.ManagingRoles;
}

internal sealed class PatchPropertyCommandHandler(
    IPropertyRepository properties,
    IBookingRepository bookings,
    IUserRepository users,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    IMapper mapper,
    IRequestPreconditions preconditions,
    TimeProvider clock) : ICommandHandler<PatchPropertyCommand, PropertyResponse>
{
    public async Task<Result<PropertyResponse>> Handle(PatchPropertyCommand request, CancellationToken cancellationToken)
    {
        // Locked like every calendar change: an unlisting here is ordered with bookings being made or confirmed.
        var property = await properties.GetByIdForUpdateAsync(request.PropertyId, cancellationToken);
        if (PropertyAccess.CheckManage(property, currentUser) is { } denied)
        {
            return denied;
        }

        var host = await users.GetByIdAsync(property!.HostId, cancellationToken);
        var hostFirstName = host?.FirstName ?? string.Empty;
        if (preconditions.IfMatchFails(PropertyResponse.TagOf(property.Version, hostFirstName)))
        {
            return PreconditionErrors.Failed;
        }

        var details = PropertyDetails.Create(request.Body.Overlay(property.ToDraft()));
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
                if (await bookings.HasFutureConfirmedAsync(property.Id, DateOnly.FromDateTime(now.UtcDateTime), cancellationToken))
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
        return PropertyMappingProfile.MapWithHost(mapper, property, hostFirstName);
    }
}
