using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Bookings.Events;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Domain.Bookings;

/// <summary>
/// A guest's stay at a listing: the only way to create or change one. The stay is half-open [CheckIn, CheckOut), so
/// the check-out day is free for the next check-in. Overlap with other bookings is checked by the handler (which can
/// see them) and guaranteed by the database's exclusion constraint; everything else is checked here.
/// </summary>
public sealed class Booking : Entity
{
    /// <summary>How long a host has to answer a request to book.</summary>
    public static readonly TimeSpan RequestLifetime = TimeSpan.FromHours(24);

    /// <summary>How far ahead a stay may start, in days from today (UTC).</summary>
    public const int MaxDaysAhead = 730;

    private Booking(Guid id, Guid propertyId, Guid guestId, DateTimeOffset now)
        : base(id)
    {
        PropertyId = propertyId;
        GuestId = guestId;
        CreatedAt = now;
        UpdatedAt = now;
        Currency = string.Empty;
    }

    private Booking()
    {
        Currency = null!;
    }

    public Guid PropertyId { get; private set; }
    public Guid GuestId { get; private set; }
    public DateOnly CheckIn { get; private set; }
    public DateOnly CheckOut { get; private set; }
    public int Guests { get; private set; }
    public BookingStatus Status { get; private set; }
    public int Nights { get; private set; }
    public decimal NightlyRate { get; private set; }
    public decimal Subtotal { get; private set; }
    public decimal CleaningFee { get; private set; }
    public decimal ServiceFee { get; private set; }
    public decimal Total { get; private set; }
    public string Currency { get; private set; }

    /// <summary>The listing's policy when the booking was made: a host cannot tighten it afterwards.</summary>
    public CancellationPolicy CancellationPolicy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The stored row's version, set by the database on every write (never by the domain): what an ETag names.</summary>
    public uint Version { get; private set; }

    /// <summary>When a pending request expires unless the host answers.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public Guid? CancelledBy { get; private set; }
    public decimal? RefundAmount { get; private set; }

    public DateRange Stay => DateRange.Create(CheckIn, CheckOut).Value;

    public PriceQuote Price => new(Nights, NightlyRate, Subtotal, CleaningFee, ServiceFee, Total, Currency);

    /// <summary>The end of the check-out day (00:00 UTC of the day after it): from then on the stay is over.</summary>
    public DateTimeOffset CompletesAt => StartOf(CheckOut.AddDays(1));

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);

    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>Checks every rule that does not need other bookings and prices the stay, without booking it.</summary>
    public static Result<PriceQuote> Quote(
        Property property, Guid guestId, DateRange stay, int guests, DateTimeOffset now, PricingService pricing)
    {
        ArgumentNullException.ThrowIfNull(property);
        ArgumentNullException.ThrowIfNull(stay);
        ArgumentNullException.ThrowIfNull(pricing);
        // Unlisted means off the market: to every caller on every booking path it is not there (docs/adr/0009).
        if (property.Status != PropertyStatus.Listed)
        {
            return PropertyErrors.NotFound;
        }

        if (property.HostId == guestId)
        {
            return BookingErrors.OwnListing;
        }

        var check = CheckStay(property, stay, guests, now);
        return check.IsFailure ? check.Error : pricing.Quote(property, stay);
    }

    /// <summary>Books the stay: confirmed at once on an instant-book listing, otherwise a pending request.</summary>
    public static Result<Booking> Reserve(
        Property property, Guid guestId, DateRange stay, int guests, DateTimeOffset now, PricingService pricing)
    {
        var quote = Quote(property, guestId, stay, guests, now, pricing);
        if (quote.IsFailure)
        {
            return quote.Error;
        }

        var booking = new Booking(Guid.CreateVersion7(now), property.Id, guestId, now)
        {
            CancellationPolicy = property.CancellationPolicy,
        };
        booking.Apply(stay, guests, quote.Value);
        if (property.InstantBook)
        {
            booking.Status = BookingStatus.Confirmed;
            booking.RespondedAt = now;
            booking.Raise(new BookingConfirmedDomainEvent(booking.Id, booking.PropertyId));
        }
        else
        {
            booking.Status = BookingStatus.Pending;
            booking.ExpiresAt = now + RequestLifetime;
            booking.Raise(new BookingRequestedDomainEvent(booking.Id, booking.PropertyId));
        }

        return booking;
    }

    /// <summary>
    /// The guest changes the dates or guest count of a pending or not yet started confirmed booking. The stay is
    /// re-checked and re-priced; on a request-to-book listing a changed confirmed booking goes back to pending.
    /// </summary>
    public Result Change(Property property, Guid actorId, DateRange stay, int guests, DateTimeOffset now, PricingService pricing)
    {
        ArgumentNullException.ThrowIfNull(property);
        if (actorId != GuestId)
        {
            return BookingErrors.NotGuest;
        }

        if (!Status.IsActive())
        {
            return BookingErrors.InvalidTransition;
        }

        if (Status == BookingStatus.Pending && IsExpiredAt(now))
        {
            return BookingErrors.RequestExpired;
        }

        if (Today(now) >= CheckIn)
        {
            return BookingErrors.AlreadyStarted;
        }

        var quote = Quote(property, GuestId, stay, guests, now, pricing);
        if (quote.IsFailure)
        {
            return quote.Error;
        }

        Apply(stay, guests, quote.Value);
        if (Status == BookingStatus.Confirmed && !property.InstantBook)
        {
            Status = BookingStatus.Pending;
            RespondedAt = null;
            ExpiresAt = now + RequestLifetime;
            Raise(new BookingRequestedDomainEvent(Id, PropertyId));
        }
        else
        {
            Raise(new BookingChangedDomainEvent(Id, PropertyId));
        }

        UpdatedAt = now;
        return Result.Success();
    }

    /// <summary>The host accepts a pending request that has not expired, on a listing that is still listed.</summary>
    public Result Confirm(Property listing, Guid actorId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return Answer(actorId, listing.HostId, now, BookingStatus.Confirmed, listing.Status == PropertyStatus.Listed ? null : PropertyErrors.NotFound);
    }

    /// <summary>The host turns down a pending request; its nights are free again.</summary>
    public Result Decline(Guid actorId, Guid hostId, DateTimeOffset now) => Answer(actorId, hostId, now, BookingStatus.Declined);

    /// <summary>A request nobody answered within <see cref="RequestLifetime"/>; a no-op failure otherwise.</summary>
    public Result Expire(DateTimeOffset now)
    {
        if (Status != BookingStatus.Pending || !IsExpiredAt(now))
        {
            return BookingErrors.InvalidTransition;
        }

        Status = BookingStatus.Expired;
        UpdatedAt = now;
        Raise(new BookingExpiredDomainEvent(Id, PropertyId));
        return Result.Success();
    }

    /// <summary>A confirmed stay whose check-out day has ended.</summary>
    public Result Complete(DateTimeOffset now)
    {
        if (Status != BookingStatus.Confirmed || now < CompletesAt)
        {
            return BookingErrors.InvalidTransition;
        }

        Status = BookingStatus.Completed;
        UpdatedAt = now;
        Raise(new BookingCompletedDomainEvent(Id, PropertyId));
        return Result.Success();
    }

    /// <summary>
    /// The guest, the listing's host or an admin cancels a pending or confirmed booking before its check-out day;
    /// returns the refund the booking's cancellation policy promises.
    /// </summary>
    public Result<decimal> Cancel(Guid actorId, bool isAdmin, Guid hostId, DateTimeOffset now)
    {
        CancelledBy? by = actorId == GuestId ? Bookings.CancelledBy.Guest
            : actorId == hostId ? Bookings.CancelledBy.Host
            : isAdmin ? Bookings.CancelledBy.Admin
            : null;
        if (by is null)
        {
            return BookingErrors.NotFound;
        }

        if (!Status.IsActive() || Today(now) >= CheckOut)
        {
            return BookingErrors.InvalidTransition;
        }

        var refund = CancellationRefunds.Compute(CancellationPolicy, Price, Status, by.Value, CreatedAt, CheckIn, now);
        Status = BookingStatus.Cancelled;
        CancelledAt = now;
        CancelledBy = actorId;
        RefundAmount = refund;
        UpdatedAt = now;
        Raise(new BookingCancelledDomainEvent(Id, PropertyId));
        return refund;
    }

    public bool IsExpiredAt(DateTimeOffset now) => ExpiresAt is { } expiresAt && now >= expiresAt;

    private static Result CheckStay(Property property, DateRange stay, int guests, DateTimeOffset now)
    {
        if (stay.Start < Today(now))
        {
            return BookingErrors.InPast;
        }

        if (stay.Start.DayNumber - Today(now).DayNumber > MaxDaysAhead)
        {
            return BookingErrors.TooFarAhead;
        }

        if (guests < 1)
        {
            return BookingErrors.InvalidGuests;
        }

        if (guests > property.MaxGuests)
        {
            return BookingErrors.TooManyGuests;
        }

        if (stay.Nights < property.MinNights)
        {
            return BookingErrors.TooFewNights;
        }

        if (stay.Nights > property.MaxNights)
        {
            return BookingErrors.TooManyNights;
        }

        return property.Blocks.Any(b => b.Range.Overlaps(stay)) ? BookingErrors.DatesBlocked : Result.Success();
    }

    /// <summary>The host's answer to a pending request; <paramref name="refusal"/> is what stops this answer in particular.</summary>
    private Result Answer(Guid actorId, Guid hostId, DateTimeOffset now, BookingStatus answer, Error? refusal = null)
    {
        if (actorId != hostId)
        {
            return BookingErrors.NotHost;
        }

        if (Status != BookingStatus.Pending)
        {
            return BookingErrors.InvalidTransition;
        }

        if (refusal is not null)
        {
            return refusal;
        }

        if (IsExpiredAt(now))
        {
            return BookingErrors.RequestExpired;
        }

        Status = answer;
        RespondedAt = now;
        UpdatedAt = now;
        Raise(answer == BookingStatus.Confirmed
            ? new BookingConfirmedDomainEvent(Id, PropertyId)
            : new BookingDeclinedDomainEvent(Id, PropertyId));
        return Result.Success();
    }

    private void Apply(DateRange stay, int guests, PriceQuote quote)
    {
        CheckIn = stay.Start;
        CheckOut = stay.End;
        Guests = guests;
        Nights = quote.Nights;
        NightlyRate = quote.NightlyRate;
        Subtotal = quote.Subtotal;
        CleaningFee = quote.CleaningFee;
        ServiceFee = quote.ServiceFee;
        Total = quote.Total;
        Currency = quote.Currency;
    }
}
