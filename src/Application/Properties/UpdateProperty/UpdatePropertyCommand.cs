using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Concurrency;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Users;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Users;
using AutoMapper;

namespace AirbnbClone.Application.Properties.UpdateProperty;

/// <summary>Replaces a listing's content (PUT): the owner host or an admin. Optional fields left out take their defaults.</summary>
public sealed record UpdatePropertyCommand(Guid PropertyId, PropertyBody Body) : ICommand<PropertyResponse>, IRequiresRole
{
    public IReadOnlyCollection<Role> AllowedRoles => PropertyAccess.ManagingRoles;
}

internal sealed class UpdatePropertyCommandHandler(
    IPropertyRepository properties,
    IUserRepository users,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    IMapper mapper,
    IRequestPreconditions preconditions,
    TimeProvider clock) : ICommandHandler<UpdatePropertyCommand, PropertyResponse>
{
    public async Task<Result<PropertyResponse>> Handle(UpdatePropertyCommand request, CancellationToken cancellationToken)
    {
        // Locked until COMMIT, so an If-Match checked here still holds when the row is written.
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

        var details = PropertyDetails.Create(request.Body.ToDraft());
        if (details.IsFailure)
        {
            return details.Error;
        }

        property.Update(details.Value, clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return PropertyMappingProfile.MapWithHost(mapper, property, hostFirstName);
    }
}
