using AirbnbClone.Application.Properties;
using AirbnbClone.Domain.Properties.Events;
using AirbnbClone.Domain.Shared;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Properties.Handlers.AddPropertyBlock;

public class AddPropertyBlockCommandHandlerBlocking : AddPropertyBlockCommandHandlerTestBase
{
    public AddPropertyBlockCommandHandlerBlocking() => SignInAsHost();

    [Fact]
    public async Task Handle_Should_AddTheBlockRecordPropertyChangedAndSaveOnce_When_TheNightsAreFree()
    {
        var result = await Handler().Handle(Command(5, 8), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        var block = Listing.Blocks.ShouldHaveSingleItem();
        block.StartDate.ShouldBe(Day(5));
        block.EndDate.ShouldBe(Day(8));
        Listing.DomainEvents.ShouldBe([new PropertyChangedDomainEvent(Listing.Id)]);
        await SavedOnce();
    }

    [Fact]
    public async Task Handle_Should_AnswerTheNewBlock_When_Added()
    {
        var result = await Handler().Handle(Command(5, 8), CancellationToken.None);

        result.Value.ShouldBe(new BlockResponse(Listing.Blocks.Single().Id, Listing.Id, Day(5), Day(8), Clock.GetUtcNow()));
    }

    [Fact]
    public async Task Handle_Should_LockTheListingAndCheckBookingsOnTheBlockedNights_When_Blocking()
    {
        await Handler().Handle(Command(5, 8), CancellationToken.None);

        await Properties.Received(1).GetByIdForUpdateAsync(Listing.Id, Arg.Any<CancellationToken>());
        await Bookings.Received(1).OverlapsAsync(Listing.Id, DateRange.Create(Day(5), Day(8)).Value, null, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_AllowABlockStartingToday_When_TheClockIsLateInTheDay()
    {
        Clock.SetUtcNow(new DateTimeOffset(Day(0).ToDateTime(new TimeOnly(23, 59)), TimeSpan.Zero));

        var result = await Handler().Handle(Command(0, 1), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        Listing.Blocks.ShouldHaveSingleItem();
    }
}
