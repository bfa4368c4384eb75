using AirbnbClone.Application.Bookings;
using AirbnbClone.Application.Bookings.CancelBooking;
using AirbnbClone.Application.Bookings.ChangeBooking;
using AirbnbClone.Application.Bookings.ConfirmBooking;
using AirbnbClone.Application.Bookings.CreateBooking;
using AirbnbClone.Application.Users.DeleteUser;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;
using AirbnbClone.Infrastructure.Persistence;
using AirbnbClone.IntegrationTests.Jobs;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace AirbnbClone.IntegrationTests.Bookings;

/// <summary>Expiry, completion and e-mails driven by the job worker under a clock the test moves.</summary>
public sealed class BookingJobsTests : IAsyncLifetime
{
    private JobsHarness _harness = null!;
    private Guid _hostId;
    private Guid _guestId;

    public async Task InitializeAsync()
    {
        _harness = await JobsHarness.CreateAsync();
        var now = _harness.Clock.GetUtcNow();
        await using var scope = _harness.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var host = User.Register(Email.Create("host@example.com").Value, "hash", "Hank", "Host", null, Role.Host, now).Value;
        var guest = User.Register(Email.Create("guest@example.com").Value, "hash", "Gina", "Guest", null, Role.Guest, now).Value;
        context.AddRange(host, guest);
        await context.SaveChangesAsync();
        _hostId = host.Id;
        _guestId = guest.Id;
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task PendingRequest_Should_Expire24HoursAfterItWasMade_AndFreeItsNights()
    {
        var propertyId = await ListingAsync(instantBook: false);
        var booking = await BookAsync(propertyId, 10, 13);
        var worker = _harness.CreateWorker();

        _harness.Clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));
        await DrainAsync(worker);
        (await StatusAsync(booking.Id)).ShouldBe("pending");

        _harness.Clock.Advance(TimeSpan.FromSeconds(1));
        await DrainAsync(worker);
        (await StatusAsync(booking.Id)).ShouldBe("expired");
        (await EmailsToAsync("guest@example.com", "expired")).ShouldBe(1);
        (await EmailsToAsync("host@example.com", "request")).ShouldBe(1);
        (await SendAsync(new CreateBookingCommand(propertyId, booking.CheckIn, booking.CheckOut, 2))).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public async Task AnsweredRequest_Should_NotExpire_When_ItsJobRuns()
    {
        var propertyId = await ListingAsync(instantBook: false);
        var booking = await BookAsync(propertyId, 10, 13);
        _harness.ActAs(_hostId, Role.Host);
        (await SendAsync(new ConfirmBookingCommand(booking.Id))).IsSuccess.ShouldBeTrue();
        var worker = _harness.CreateWorker();

        _harness.Clock.Advance(TimeSpan.FromHours(25));
        await DrainAsync(worker);

        (await StatusAsync(booking.Id)).ShouldBe("confirmed");
        (await EmailsToAsync("guest@example.com", "Confirmed")).ShouldBe(1);
    }

    [Fact]
    public async Task ConfirmedStay_Should_Complete_AfterItsCheckOutDay_EvenWhenItsDatesMoved()
    {
        var propertyId = await ListingAsync(instantBook: true);
        var booking = await BookAsync(propertyId, 2, 4);
        (await SendAsync(new ChangeBookingCommand(booking.Id, null, DateOnly.FromDateTime(_harness.Clock.GetUtcNow().UtcDateTime).AddDays(6), null))).IsSuccess.ShouldBeTrue();
        var worker = _harness.CreateWorker();
        var endOfOldCheckOutDay = Domain.Bookings.Booking.StartOf(booking.CheckOut.AddDays(1));
        var endOfNewCheckOutDay = endOfOldCheckOutDay.AddDays(2);

        _harness.Clock.Advance(endOfOldCheckOutDay - _harness.Clock.GetUtcNow());
        await DrainAsync(worker);
        (await StatusAsync(booking.Id)).ShouldBe("confirmed", "the stale job of the old dates must do nothing");

        _harness.Clock.Advance(endOfNewCheckOutDay - _harness.Clock.GetUtcNow() - TimeSpan.FromTicks(1));
        await DrainAsync(worker);
        (await StatusAsync(booking.Id)).ShouldBe("confirmed");
        _harness.Clock.Advance(TimeSpan.FromTicks(1));
        await DrainAsync(worker);
        (await StatusAsync(booking.Id)).ShouldBe("completed");
    }

    [Fact]
    public async Task CancelledStay_Should_NotComplete_AndBothPartiesGetAnEmail()
    {
        var propertyId = await ListingAsync(instantBook: true);
        var booking = await BookAsync(propertyId, 2, 4);
        (await SendAsync(new CancelBookingCommand(booking.Id))).IsSuccess.ShouldBeTrue();
        var worker = _harness.CreateWorker();

        _harness.Clock.Advance(TimeSpan.FromDays(10));
        await DrainAsync(worker);

        (await StatusAsync(booking.Id)).ShouldBe("cancelled");
        (await EmailsToAsync("guest@example.com", "ancel")).ShouldBe(1);
        (await EmailsToAsync("host@example.com", "ancel")).ShouldBe(1);
    }

    [Fact]
    public async Task BookingEmail_Should_ReachOnlyTheHost_When_TheGuestDeletedTheAccountBeforeTheJobRan()
    {
        var propertyId = await ListingAsync(instantBook: false);
        var booking = await BookAsync(propertyId, 10, 13);
        (await SendAsync(new CancelBookingCommand(booking.Id))).IsSuccess.ShouldBeTrue();
        (await _harness.SendAsync(new DeleteUserCommand(_guestId))).IsSuccess.ShouldBeTrue();

        await DrainAsync(_harness.CreateWorker());

        (await EmailsToAsync("host@example.com", "request")).ShouldBe(1);
        (await EmailsToAsync("host@example.com", "ancel")).ShouldBe(1);
        (await _harness.ScalarAsync<long>("SELECT count(*) FROM emails WHERE to_address <> 'host@example.com'")).ShouldBe(0);
        (await _harness.ScalarAsync<long>("SELECT count(*) FROM jobs WHERE type = 'booking.email' AND state = 'succeeded'")).ShouldBe(3);
    }

    private static async Task DrainAsync(AirbnbClone.Infrastructure.Jobs.JobWorker worker)
    {
        while (await worker.RunOnceAsync(CancellationToken.None) > 0)
        {
        }
    }

    private async Task<Guid> ListingAsync(bool instantBook)
    {
        await using var scope = _harness.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var details = PropertyDetails.Create(new PropertyDraft
        {
            Title = "Sunny loft",
            Description = "Near the river.",
            Street = "Rua 1",
            City = "Lisbon",
            Country = "PT",
            Latitude = 38.7,
            Longitude = -9.1,
            PricePerNight = 100m,
            Currency = "EUR",
            CleaningFee = 20m,
            MaxGuests = 4,
            Bedrooms = 1,
            Beds = 1,
            Bathrooms = 1,
            Amenities = ["wifi"],
            Photos = [],
            InstantBook = instantBook,
        }).Value;
        var property = Property.Create(_hostId, details, _harness.Clock.GetUtcNow());
        context.Add(property);
        await context.SaveChangesAsync();
        return property.Id;
    }

    private async Task<BookingResponse> BookAsync(Guid propertyId, int fromDays, int toDays)
    {
        _harness.ActAs(_guestId);
        var today = DateOnly.FromDateTime(_harness.Clock.GetUtcNow().UtcDateTime);
        var result = await SendAsync(new CreateBookingCommand(propertyId, today.AddDays(fromDays), today.AddDays(toDays), 2));
        return result.Value;
    }

    private async Task<Result<BookingResponse>> SendAsync(IRequest<Result<BookingResponse>> request)
    {
        await using var scope = _harness.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    private Task<string> StatusAsync(Guid bookingId) =>
        _harness.ScalarAsync<string>("SELECT status FROM bookings WHERE id = @id", ("id", bookingId));

    /// <summary>E-mails sent (recorded by the outbox sender) once the worker ran the booking e-mail jobs.</summary>
    private Task<long> EmailsToAsync(string to, string subjectPart) =>
        _harness.ScalarAsync<long>(
            "SELECT count(*) FROM emails WHERE to_address = @to AND subject LIKE '%' || @part || '%'",
            ("to", to), ("part", subjectPart));
}
