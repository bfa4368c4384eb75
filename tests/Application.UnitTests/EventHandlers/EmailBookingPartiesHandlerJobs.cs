using AirbnbClone.Application.Bookings.Jobs;
using AirbnbClone.Domain.Bookings.Events;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.EventHandlers;

/// <summary>
/// What the queued e-mail jobs carry: the facts of the booking at the moment of the change, and who the people are by
/// id only (their names and addresses are read when the job runs, not in the command).
/// </summary>
public class EmailBookingPartiesHandlerJobs : EmailBookingPartiesHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_QueueTheRequestsFactsWithoutReadingAnAccount_When_AGuestRequestsToBook()
    {
        var booking = StorePending();
        Accounts.Clear(); // the job finds nobody: only the queuing is looked at here

        await Handler().Handle(new BookingRequestedDomainEvent(booking.Id, Listing.Id), CancellationToken.None);

        var job = Queued.ShouldHaveSingleItem();
        job.Kind.ShouldBe(BookingEmailKind.Requested);
        job.RecipientId.ShouldBe(Host.Id);
        (job.GuestId, job.HostId).ShouldBe((Guest.Id, Host.Id));
        job.Stay.ShouldBe(new(booking.Id, "Sunny loft", booking.CheckIn, booking.CheckOut, booking.Guests));
        job.Amount.ShouldBe(booking.Subtotal + booking.CleaningFee);
        job.Currency.ShouldBe("EUR");
        job.Deadline.ShouldBe(booking.ExpiresAt);
        await Users.Received(1).GetByIdsAsync(Arg.Any<IReadOnlyCollection<Guid>>(), Arg.Any<CancellationToken>()); // by the job
    }

    [Fact]
    public async Task Job_Should_UseTheNamesTheAccountsHaveWhenItRuns_When_ANameChangedAfterTheRequest()
    {
        var booking = StorePending();
        Accounts.Clear(); // the job runs later, below
        await Handler().Handle(new BookingRequestedDomainEvent(booking.Id, Listing.Id), CancellationToken.None);
        Accounts.AddRange([Guest, Host]);
        Host.UpdateProfile("Hugh", null, null, false, TestDoubles.TestListings.Now).IsSuccess.ShouldBeTrue();

        await new SendBookingEmailJobHandler(Users, Sender).HandleAsync(
            Queued.ShouldHaveSingleItem(), new(Guid.NewGuid(), SendBookingEmailJob.JobType, 1, 5), CancellationToken.None);

        Sent.ShouldHaveSingleItem().Body.ShouldStartWith("Hello Hugh,");
    }
}
