using AirbnbClone.Application.Properties.UpdateProperty;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties.Events;

namespace AirbnbClone.Application.UnitTests.Properties.Handlers.UpdateProperty;

public class UpdatePropertyCommandHandlerReplacement : UpdatePropertyCommandHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_ReplaceTheContentRecordPropertyChangedAndSaveOnce_When_TheHostUpdates()
    {
        SignInAsHost();
        var body = TestListings.Body() with { Title = "Shady loft", PricePerNight = 99.5m };

        var result = await Handler().Handle(new UpdatePropertyCommand(Listing.Id, body), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        Listing.Title.ShouldBe("Shady loft");
        Listing.PricePerNight.ShouldBe(99.5m);
        Listing.UpdatedAt.ShouldBe(Clock.GetUtcNow());
        Listing.DomainEvents.ShouldBe([new PropertyChangedDomainEvent(Listing.Id)]);
        await SavedOnce();
    }

    [Fact]
    public async Task Handle_Should_ResetOptionalFieldsToTheirDefaults_When_TheyAreLeftOut()
    {
        SignInAsHost();
        var body = TestListings.Body() with { Amenities = null, Photos = null, MinNights = null, MaxNights = null, CancellationPolicy = null };

        await Handler().Handle(new UpdatePropertyCommand(Listing.Id, body), CancellationToken.None);

        Listing.Amenities.ShouldBeEmpty();
        Listing.Photos.ShouldBeEmpty();
        Listing.MinNights.ShouldBe(1);
        Listing.MaxNights.ShouldBe(365);
        Listing.CancellationPolicy.ShouldBe(AirbnbClone.Domain.Properties.CancellationPolicy.Flexible);
    }

    [Fact]
    public async Task Handle_Should_AnswerWithTheHostsNameNotTheAdmins_When_AnAdminUpdates()
    {
        SignInAsAdmin();

        var result = await Handler().Handle(new UpdatePropertyCommand(Listing.Id, TestListings.Body() with { Title = "Admin fixed it" }), CancellationToken.None);

        result.Value.Title.ShouldBe("Admin fixed it");
        result.Value.Host.FirstName.ShouldBe("Hugo");
        result.Value.UpdatedAt.ShouldBe(Clock.GetUtcNow());
        await SavedOnce();
    }

    [Fact]
    public async Task Handle_Should_ReturnEveryBrokenRuleAndChangeNothing_When_TheBodyIsInvalid()
    {
        SignInAsHost();

        var result = await Handler().Handle(new UpdatePropertyCommand(Listing.Id, TestListings.Body() with { Currency = "XXZ", MaxGuests = 0 }), CancellationToken.None);

        result.Error.ShouldBeOfType<ValidationError>().Errors.Keys.ShouldBe(["currency", "maxGuests"], ignoreOrder: true);
        Listing.Currency.ShouldBe("EUR");
        Listing.DomainEvents.ShouldBeEmpty();
        await NothingSaved();
    }
}
