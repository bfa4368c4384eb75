using System.Net.Http.Json;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Bookings;
using AirbnbClone.Application.Properties;
using AirbnbClone.Application.Users;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Shared;
using AirbnbClone.Infrastructure.Persistence;
using AirbnbClone.IntegrationTests.Bookings;
using AirbnbClone.IntegrationTests.Infrastructure;
using AirbnbClone.IntegrationTests.Properties;
using Microsoft.Extensions.DependencyInjection;

namespace AirbnbClone.IntegrationTests.Persistence;

/// <summary>
/// The write side on a real PostgreSQL: the unit of work dispatches domain events inside the command's transaction
/// (their jobs commit or roll back with it), and the repositories' specifications, locks and overlap probe.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class WriteSideTests(ApiFactory factory)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SaveChanges_Should_DispatchEventsInTheTransaction_When_AnAggregateRecordedThem(bool commit)
    {
        var (_, _, propertyId) = await factory.ListingAsync(instantBook: false);
        var (guest, _) = await factory.GuestAsync();
        Guid bookingId;
        long jobsInside;

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            var context = services.GetRequiredService<ApplicationDbContext>();
            await using (await unitOfWork.BeginTransactionAsync(CancellationToken.None))
            {
                var property = (await services.GetRequiredService<IPropertyRepository>().GetByIdForUpdateAsync(propertyId, CancellationToken.None))!;
                var booking = Booking.Reserve(property, guest.Id, Stay(20, 23), 2, DateTimeOffset.UtcNow, services.GetRequiredService<PricingService>()).Value;
                bookingId = booking.Id;
                services.GetRequiredService<IBookingRepository>().Add(booking);

                await unitOfWork.SaveChangesAsync(CancellationToken.None);

                booking.DomainEvents.ShouldBeEmpty();
                jobsInside = await CountJobsAsync(context, bookingId);
                if (commit)
                {
                    await unitOfWork.CommitTransactionAsync(CancellationToken.None);
                }
                else
                {
                    await unitOfWork.RollbackTransactionAsync(CancellationToken.None);
                }
            }
        }

        // BookingRequested: the expiry job and the host's e-mail, written by two handlers in the same transaction.
        jobsInside.ShouldBe(2);
        await using var after = factory.Services.CreateAsyncScope();
        var afterContext = after.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        (await CountJobsAsync(afterContext, bookingId)).ShouldBe(commit ? 2 : 0);
        (await afterContext.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM bookings WHERE id = @Id)", new { Id = bookingId }, CancellationToken.None))
            .ShouldBe(commit);
    }

    [Fact]
    public async Task Commit_Should_EndTheTransactionQuietly_When_AConstraintRefusedASaveInIt()
    {
        // EnsureAdmin's race: the unique index refuses the insert, the handler answers success, the behaviour commits.
        // Without EF's savepoints the refused save aborts the transaction; COMMIT then ends it as a rollback.
        var (guestUser, _) = await factory.GuestAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var twin = Domain.Users.User.Register(
            Email.Create(guestUser.Email).Value, "hash", "Twin", "Guest", null, Domain.Users.Role.Guest, DateTimeOffset.UtcNow).Value;
        await using (await unitOfWork.BeginTransactionAsync(CancellationToken.None))
        {
            scope.ServiceProvider.GetRequiredService<IUserRepository>().Add(twin);
            await Should.ThrowAsync<UniqueConstraintException>(() => unitOfWork.SaveChangesAsync(CancellationToken.None));

            await unitOfWork.CommitTransactionAsync(CancellationToken.None);
        }

        await using var after = factory.Services.CreateAsyncScope();
        (await after.ServiceProvider.GetRequiredService<ApplicationDbContext>()
                .ScalarAsync<long>("SELECT count(*) FROM users WHERE id = @Id", new { twin.Id }, CancellationToken.None))
            .ShouldBe(0);
    }

    [Fact]
    public async Task PropertyLoads_Should_IncludeBlocks_And_TrackOnlyTheLockedLoad()
    {
        var (host, _, propertyId) = await factory.ListingAsync();
        (await host.PostAsJsonAsync($"/api/v1/properties/{propertyId}/blocks", new { start = Today.AddDays(40), end = Today.AddDays(42) }))
            .StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);

        await using var scope = factory.Services.CreateAsyncScope();
        var properties = scope.ServiceProvider.GetRequiredService<IPropertyRepository>();
        var context = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();

        var untracked = await properties.GetByIdWithBlocksAsync(propertyId, CancellationToken.None);
        untracked!.Blocks.Count.ShouldBe(1);
        context.ChangeTracker.Entries().ShouldBeEmpty();

        var locked = await properties.GetByIdForUpdateAsync(propertyId, CancellationToken.None);
        locked!.Blocks.Single().StartDate.ShouldBe(Today.AddDays(40));
        context.Entry(locked).State.ShouldBe(Microsoft.EntityFrameworkCore.EntityState.Unchanged);
        (await properties.GetByIdAsync(propertyId, CancellationToken.None)).ShouldBeSameAs(locked);
        (await properties.GetByIdForUpdateAsync(Guid.NewGuid(), CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task BookingQuestions_Should_UseTheOneOverlapPredicate_When_AskedOnTheCommandsConnection()
    {
        var (_, hostUser, propertyId) = await factory.ListingAsync(instantBook: true);
        var (guestUser, guest) = await factory.GuestAsync();
        var booked = await guest.BookOkAsync(propertyId, 10, 13);
        var bookingId = booked.GetProperty("id").GetGuid();

        await using var scope = factory.Services.CreateAsyncScope();
        var bookings = scope.ServiceProvider.GetRequiredService<IBookingRepository>();

        (await bookings.OverlapsAsync(propertyId, Stay(12, 14), null, CancellationToken.None)).ShouldBeTrue();
        (await bookings.OverlapsAsync(propertyId, Stay(13, 15), null, CancellationToken.None)).ShouldBeFalse(); // half-open: check-out day is free
        (await bookings.OverlapsAsync(propertyId, Stay(9, 10), null, CancellationToken.None)).ShouldBeFalse();
        (await bookings.OverlapsAsync(propertyId, Stay(12, 14), bookingId, CancellationToken.None)).ShouldBeFalse(); // not with itself
        (await bookings.HasFutureConfirmedAsync(propertyId, Today, CancellationToken.None)).ShouldBeTrue();
        (await bookings.HasFutureConfirmedAsync(propertyId, Today.AddDays(13), CancellationToken.None)).ShouldBeFalse();
        (await bookings.HasActiveStaysOfUserAsync(guestUser.Id, Today, CancellationToken.None)).ShouldBeTrue();
        (await bookings.HasActiveStaysOfUserAsync(hostUser.Id, Today, CancellationToken.None)).ShouldBeTrue();
        (await bookings.HasActiveStaysOfUserAsync(Guid.NewGuid(), Today, CancellationToken.None)).ShouldBeFalse();
        (await bookings.GetByIdForUpdateAsync(bookingId, CancellationToken.None))!.Status.ShouldBe(BookingStatus.Confirmed);
    }

    [Fact]
    public async Task UserLoads_Should_FindByNormalisedEmailAndManyIdsInOneCall()
    {
        var (guestUser, _) = await factory.GuestAsync();
        var (hostUser, _) = await factory.HostAsync();

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<IUserRepository>();

        (await users.GetByEmailAsync(Email.Create(guestUser.Email.ToUpperInvariant()).Value, CancellationToken.None))!.Id.ShouldBe(guestUser.Id);
        (await users.EmailExistsAsync(Email.Create("nobody-" + Guid.NewGuid().ToString("N") + "@example.com").Value, CancellationToken.None)).ShouldBeFalse();
        var found = await users.GetByIdsAsync([guestUser.Id, hostUser.Id, Guid.NewGuid()], CancellationToken.None);
        found.Select(u => u.Id).ShouldBe([guestUser.Id, hostUser.Id], ignoreOrder: true);
    }

    private static DateRange Stay(int from, int to) => DateRange.Create(Today.AddDays(from), Today.AddDays(to)).Value;

    private static async Task<long> CountJobsAsync(ApplicationDbContext context, Guid bookingId) =>
        await context.ScalarAsync<long>(
            "SELECT count(*) FROM jobs WHERE dedup_key LIKE @Expire OR (type = 'booking.email' AND payload::text LIKE @Mention)",
            new { Expire = $"booking:{bookingId:N}:expire:%", Mention = $"%{bookingId}%" },
            CancellationToken.None);
}
