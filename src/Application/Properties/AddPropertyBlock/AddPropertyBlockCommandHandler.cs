using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Application.Properties.AddPropertyBlock;

internal sealed class AddPropertyBlockCommandHandler(
    IPropertyRepository properties,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    PropertyCacheInvalidator cache,
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
        if (PropertyAccess.Check(property, currentUser, adminMayManage: false) is { } denied)
        {
            return denied;
        }

        var now = clock.GetUtcNow();
        if (await properties.HasActiveBookingOverlappingAsync(property!.Id, range.Value, cancellationToken))
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

        cache.PropertyChanged(property.Id);
        var b = block.Value;
        return new BlockResponse(b.Id, property.Id, b.StartDate, b.EndDate, b.CreatedAt);
    }
}
