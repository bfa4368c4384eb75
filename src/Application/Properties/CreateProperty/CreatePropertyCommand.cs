using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Users;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Users;
using AutoMapper;

namespace AirbnbClone.Application.Properties.CreateProperty;

/// <summary>Publishes a new listing; the caller (a host or an admin) becomes its host.</summary>
public sealed record CreatePropertyCommand(PropertyBody Body) : ICommand<PropertyResponse>, IRequiresRole
{
    public IReadOnlyCollection<Role> AllowedRoles => PropertyAccess.ManagingRoles;
}

internal sealed class CreatePropertyCommandHandler(
    IPropertyRepository properties,
    IUserRepository users,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    IMapper mapper,
    TimeProvider clock) : ICommandHandler<CreatePropertyCommand, PropertyResponse>
{
    public async Task<Result<PropertyResponse>> Handle(CreatePropertyCommand request, CancellationToken cancellationToken)
    {
        var details = PropertyDetails.Create(request.Body.ToDraft());
        if (details.IsFailure)
        {
            return details.Error;
        }

        var host = await users.GetByIdAsync(currentUser.UserId, cancellationToken);
        if (host is null || host.IsDeleted)
        {
            return UserErrors.NotFound;
        }

        var property = Property.Create(host.Id, details.Value, clock.GetUtcNow());
        properties.Add(property);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return PropertyMappingProfile.MapWithHost(mapper, property, host.FirstName);
    }
}
