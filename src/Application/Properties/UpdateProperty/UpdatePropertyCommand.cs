using AirbnbClone.Application.Abstractions.Authentication;
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
    TimeProvider clock) : ICommandHandler<UpdatePropertyCommand, PropertyResponse>
{
    public async Task<Result<PropertyResponse>> Handle(UpdatePropertyCommand request, CancellationToken cancellationToken)
    {
        var property = await properties.GetByIdAsync(request.PropertyId, cancellationToken);
        if (PropertyAccess.CheckManage(property, currentUser) is { } denied)
        {
            return denied;
        }

        var details = PropertyDetails.Create(request.Body.ToDraft());
        if (details.IsFailure)
        {
            return details.Error;
        }

        property!.Update(details.Value, clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        var host = await users.GetByIdAsync(property.HostId, cancellationToken);
        return PropertyMappingProfile.MapWithHost(mapper, property, host?.FirstName ?? string.Empty);
    }
}
