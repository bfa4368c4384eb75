using System.Diagnostics.CodeAnalysis;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties.Events;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Domain.Properties;

/// <summary>A home a host lists: its content, its status, and the date ranges the host has blocked.</summary>
public sealed class Property : Entity
{
    /// <summary>Longest block, and longest calendar a client may ask for, in nights.</summary>
    public const int MaxBlockNights = 366;

    private readonly List<PropertyBlock> _blocks = [];

    private Property(Guid id, Guid hostId, PropertyDetails details, DateTimeOffset now)
        : base(id)
    {
        HostId = hostId;
        Status = PropertyStatus.Listed;
        CreatedAt = now;
        Apply(details, now);
    }

    private Property()
    {
        Title = Description = Street = City = Country = Currency = null!;
        Amenities = Photos = [];
    }

    public Guid HostId { get; private set; }
    public string Title { get; private set; }
    public string Description { get; private set; }
    public string Street { get; private set; }
    public string City { get; private set; }
    public string? State { get; private set; }
    public string Country { get; private set; }
    public string? PostalCode { get; private set; }
    public double Latitude { get; private set; }
    public double Longitude { get; private set; }
    public decimal PricePerNight { get; private set; }
    public string Currency { get; private set; }
    public decimal CleaningFee { get; private set; }
    public int MaxGuests { get; private set; }
    public int Bedrooms { get; private set; }
    public int Beds { get; private set; }
    public int Bathrooms { get; private set; }
#pragma warning disable CA1819 // mapped to PostgreSQL text[]; the setter is private, callers cannot replace it
    public string[] Amenities { get; private set; }
    public string[] Photos { get; private set; }
#pragma warning restore CA1819
    public int MinNights { get; private set; }
    public int MaxNights { get; private set; }
    public bool InstantBook { get; private set; }
    public CancellationPolicy CancellationPolicy { get; private set; }
    public PropertyStatus Status { get; private set; }
    public decimal RatingAverage { get; private set; }
    public int ReviewCount { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The stored row's version, set by the database on every write (never by the domain): what an ETag names.</summary>
    public uint Version { get; private set; }

    public IReadOnlyCollection<PropertyBlock> Blocks => _blocks.AsReadOnly();

    public static Property Create(Guid hostId, PropertyDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var property = new Property(Guid.CreateVersion7(now), hostId, details, now);
        property.Raise(new PropertyChangedDomainEvent(property.Id));
        return property;
    }

    /// <summary>The host and admins manage a listing; nobody else.</summary>
    public bool IsManagedBy(Guid userId, bool isAdmin) => isAdmin || userId == HostId;

    public void Update(PropertyDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        Apply(details, now);
        Raise(new PropertyChangedDomainEvent(Id));
    }

    /// <summary>Hides the listing from search and from everyone but its host and admins. Idempotent.</summary>
    public void Unlist(DateTimeOffset now) => SetStatus(PropertyStatus.Unlisted, now);

    public void Relist(DateTimeOffset now) => SetStatus(PropertyStatus.Listed, now);

    /// <summary>
    /// Blocks the nights of <paramref name="range"/> (half-open: the end day stays free). The range must start today
    /// or later, span at most <see cref="MaxBlockNights"/> nights and not overlap another block. Overlap with a
    /// booking is checked by the caller, which can see bookings.
    /// </summary>
    public Result<PropertyBlock> AddBlock(DateRange range, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(range);
        if (range.Start < today)
        {
            return PropertyErrors.BlockInPast;
        }

        if (range.Nights > MaxBlockNights)
        {
            return PropertyErrors.BlockTooLong;
        }

        if (_blocks.Any(b => b.Range.Overlaps(range)))
        {
            return PropertyErrors.BlockOverlapsBlock;
        }

        var block = new PropertyBlock(Guid.CreateVersion7(now), Id, range, now);
        _blocks.Add(block);
        UpdatedAt = now;
        Raise(new PropertyChangedDomainEvent(Id));
        return block;
    }

    public Result RemoveBlock(Guid blockId, DateTimeOffset now)
    {
        var block = _blocks.Find(b => b.Id == blockId);
        if (block is null)
        {
            return PropertyErrors.BlockNotFound;
        }

        _blocks.Remove(block);
        UpdatedAt = now;
        Raise(new PropertyChangedDomainEvent(Id));
        return Result.Success();
    }

    /// <summary>The listing's current content as a draft, so a partial update can overlay the fields it changes.</summary>
    public PropertyDraft ToDraft() => new()
    {
        Title = Title,
        Description = Description,
        Street = Street,
        City = City,
        State = State,
        Country = Country,
        PostalCode = PostalCode,
        Latitude = Latitude,
        Longitude = Longitude,
        PricePerNight = PricePerNight,
        Currency = Currency,
        CleaningFee = CleaningFee,
        MaxGuests = MaxGuests,
        Bedrooms = Bedrooms,
        Beds = Beds,
        Bathrooms = Bathrooms,
        Amenities = Amenities,
        Photos = Photos,
        MinNights = MinNights,
        MaxNights = MaxNights,
        InstantBook = InstantBook,
        CancellationPolicy = CancellationPolicy.ToName(),
    };

    private void SetStatus(PropertyStatus status, DateTimeOffset now)
    {
        if (Status == status)
        {
            return;
        }

        Status = status;
        UpdatedAt = now;
        Raise(new PropertyChangedDomainEvent(Id));
    }

    [MemberNotNull(nameof(Title), nameof(Description), nameof(Street), nameof(City), nameof(Country), nameof(Currency), nameof(Amenities), nameof(Photos))]
    private void Apply(PropertyDetails details, DateTimeOffset now)
    {
        Title = details.Title;
        Description = details.Description;
        Street = details.Address.Street;
        City = details.Address.City;
        State = details.Address.State;
        Country = details.Address.Country;
        PostalCode = details.Address.PostalCode;
        Latitude = details.Latitude;
        Longitude = details.Longitude;
        PricePerNight = details.PricePerNight.Amount;
        Currency = details.PricePerNight.Currency;
        CleaningFee = details.CleaningFee.Amount;
        MaxGuests = details.MaxGuests;
        Bedrooms = details.Bedrooms;
        Beds = details.Beds;
        Bathrooms = details.Bathrooms;
        Amenities = [.. details.Amenities];
        Photos = [.. details.Photos];
        MinNights = details.MinNights;
        MaxNights = details.MaxNights;
        InstantBook = details.InstantBook;
        CancellationPolicy = details.CancellationPolicy;
        UpdatedAt = now;
    }
}
