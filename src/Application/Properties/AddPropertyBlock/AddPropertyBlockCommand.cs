using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Bookings;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;
using AutoMapper;

namespace AirbnbClone.Application.Properties.AddPropertyBlock;

/// <summary>The owner host takes the nights [Start, End) off the calendar.</summary>
public sealed record AddPropertyBlockCommand(Guid PropertyId, DateOnly? Start, DateOnly? End) : ICommand<BlockResponse>, IRequiresRole
{
    public IReadOnlyCollection<Role> AllowedRoles => PropertyAccess.ManagingRoles;
}

internal sealed class AddPropertyBlockCommandHandler(
    IPropertyRepository properties,
    IBookingRepository bookings,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    IMapper mapper,
    TimeProvider clock) : ICommandHandler<AddPropertyBlockCommand, BlockResponse>
{
    public async Task<Result<BlockResponse>> Handle(AddPropertyBlockCommand request, CancellationToken cancellationToken)
    {
        var range = DateRange.Create(request.Start!.Value, request.End!.Value);
        if (range.IsFailure)
        {
            return range.Error;
        }

        var property = await properties.GetByIdForUpdateAsync(request.PropertyId, cancellationToken);
        if (PropertyAccess.CheckManage(property, currentUser, adminMayManage: false) is { } denied)
        {
            return denied;
        }

        var now = clock.GetUtcNow();
        if (await bookings.OverlapsAsync(property!.Id, range.Value, null, cancellationToken))
        {
            return PropertyErrors.BlockOverlapsBooking;
        }

        var block = property.AddBlock(range.Value, DateOnly.FromDateTime(now.UtcDateTime), now);
        if (block.IsFailure)
        {
            return block.Error;
        }

        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (ExclusionConstraintException)
        {
            // The row lock makes this rare; the constraint is the guarantee.
            return PropertyErrors.BlockOverlapsBlock;
        }

        return mapper.Map<BlockResponse>(block.Value);
    }
}
