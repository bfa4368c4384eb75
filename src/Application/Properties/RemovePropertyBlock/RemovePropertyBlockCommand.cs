using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Properties.RemovePropertyBlock;

/// <summary>The owner host puts blocked nights back on the calendar.</summary>
public sealed record RemovePropertyBlockCommand(Guid PropertyId, Guid BlockId) : ICommand, IRequiresRole
{
    public IReadOnlyCollection<Role> AllowedRoles => PropertyAccess.ManagingRoles;
}

internal sealed class RemovePropertyBlockCommandHandler(
    IPropertyRepository properties,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<RemovePropertyBlockCommand>
{
    public async Task<Result> Handle(RemovePropertyBlockCommand request, CancellationToken cancellationToken)
    {
        var property = await properties.GetByIdForUpdateAsync(request.PropertyId, cancellationToken);
        if (PropertyAccess.CheckManage(property, currentUser, adminMayManage: false) is { } denied)
        {
            return denied;
        }

        var removed = property!.RemoveBlock(request.BlockId, clock.GetUtcNow());
        if (removed.IsFailure)
        {
            return removed;
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
