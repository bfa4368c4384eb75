using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Users;
using FluentValidation;
using FluentValidation.Results;

namespace AirbnbClone.Application.Properties;

/// <summary>Who may change a listing, and what everyone else is told.</summary>
internal static class PropertyAccess
{
    public static readonly IReadOnlyCollection<Role> ManagingRoles = [Role.Host, Role.Admin];

    /// <summary>
    /// Null when the caller may manage the listing. Otherwise: a listing nobody else may see (missing, or unlisted)
    /// is 404, so its existence does not leak; a listed one is 403, since anyone can see it exists.
    /// </summary>
    public static Error? Check(Property? property, ICurrentUser caller, bool adminMayManage = true)
    {
        if (property is null)
        {
            return PropertyErrors.NotFound;
        }

        if (property.IsManagedBy(caller.UserId, adminMayManage && caller.Role == Role.Admin))
        {
            return null;
        }

        return property.Status == PropertyStatus.Listed ? PropertyErrors.NotOwner : PropertyErrors.NotFound;
    }

    public static PropertyResponse ToResponse(this Property property, string hostFirstName) => new()
    {
        Id = property.Id,
        HostId = property.HostId,
        Host = new HostSummary(property.HostId, hostFirstName),
        Title = property.Title,
        Description = property.Description,
        Address = new AddressResponse(property.Street, property.City, property.State, property.Country, property.PostalCode),
        Latitude = property.Latitude,
        Longitude = property.Longitude,
        PricePerNight = property.PricePerNight,
        Currency = property.Currency,
        CleaningFee = property.CleaningFee,
        MaxGuests = property.MaxGuests,
        Bedrooms = property.Bedrooms,
        Beds = property.Beds,
        Bathrooms = property.Bathrooms,
        Amenities = property.Amenities,
        Photos = property.Photos,
        MinNights = property.MinNights,
        MaxNights = property.MaxNights,
        InstantBook = property.InstantBook,
        CancellationPolicy = property.CancellationPolicy.ToName(),
        Status = property.Status.ToName(),
        RatingAverage = property.RatingAverage,
        ReviewCount = property.ReviewCount,
        CreatedAt = property.CreatedAt,
        UpdatedAt = property.UpdatedAt,
    };

    /// <summary>Reports every rule of <see cref="PropertyDetails.Create"/> a draft breaks, under its JSON field name.</summary>
    public static void AddDetailFailures<T>(PropertyDraft draft, ValidationContext<T> context)
    {
        if (PropertyDetails.Create(draft) is { IsFailure: true, Error: ValidationError errors })
        {
            foreach (var (field, messages) in errors.Errors)
            {
                foreach (var message in messages)
                {
                    context.AddFailure(new ValidationFailure(field, message));
                }
            }
        }
    }
}
