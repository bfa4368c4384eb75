using AirbnbClone.Application.Properties.CreateProperty;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Properties.Events;
using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Properties.Handlers.CreateProperty;

public class CreatePropertyCommandHandlerCreation : CreatePropertyCommandHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_AddAListedListingOfTheCallerRecordPropertyChangedAndSaveOnce_When_TheBodyIsValid()
    {
        var result = await Handler().Handle(new CreatePropertyCommand(TestListings.Body()), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        Added.ShouldNotBeNull();
        Added.HostId.ShouldBe(Host.Id);
        Added.Status.ShouldBe(PropertyStatus.Listed);
        Added.Title.ShouldBe("Sunny loft");
        Added.CancellationPolicy.ShouldBe(CancellationPolicy.Moderate);
        Added.CreatedAt.ShouldBe(Clock.GetUtcNow());
        Added.DomainEvents.ShouldBe([new PropertyChangedDomainEvent(Added.Id)]);
        await SavedOnce();
    }

    [Fact]
    public async Task Handle_Should_AnswerTheListingWithItsHostsFirstName_When_Created()
    {
        var result = await Handler().Handle(new CreatePropertyCommand(TestListings.Body()), CancellationToken.None);

        var response = result.Value;
        response.Id.ShouldBe(Added!.Id);
        response.Host.ShouldBe(new AirbnbClone.Application.Properties.HostSummary(Host.Id, "Hugo"));
        response.Address.ShouldBe(new AirbnbClone.Application.Properties.AddressResponse("Rua 1", "Lisbon", null, "PT", "1100-001"));
        response.Status.ShouldBe("listed");
        response.CancellationPolicy.ShouldBe("moderate");
        response.PricePerNight.ShouldBe(120m);
        response.Amenities.ShouldBe(["wifi"]);
    }

    [Fact]
    public async Task Handle_Should_MakeTheAdminTheHost_When_AnAdminCreates()
    {
        var admin = TestUsers.Admin();
        Users.GetByIdAsync(admin.Id, Arg.Any<CancellationToken>()).Returns(admin);
        SignIn(admin.Id, Role.Admin);

        var result = await Handler().Handle(new CreatePropertyCommand(TestListings.Body()), CancellationToken.None);

        result.Value.HostId.ShouldBe(admin.Id);
        Added!.HostId.ShouldBe(admin.Id);
    }

    [Fact]
    public async Task Handle_Should_ReturnEveryBrokenRuleWithoutLookingUpOrSaving_When_TheBodyIsInvalid()
    {
        var body = TestListings.Body() with { Title = "abc", PricePerNight = 0m };

        var result = await Handler().Handle(new CreatePropertyCommand(body), CancellationToken.None);

        var errors = result.Error.ShouldBeOfType<ValidationError>().Errors;
        errors.Keys.ShouldBe(["title", "pricePerNight"], ignoreOrder: true);
        Added.ShouldBeNull();
        await Users.DidNotReceive().GetByIdAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>());
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithUserNotFound_When_TheCallersAccountIsDeleted()
    {
        Host.Delete(Clock.GetUtcNow()).IsSuccess.ShouldBeTrue();

        var result = await Handler().Handle(new CreatePropertyCommand(TestListings.Body()), CancellationToken.None);

        result.Error.ShouldBe(UserErrors.NotFound);
        Added.ShouldBeNull();
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithUserNotFound_When_TheCallerHasNoAccount()
    {
        SignIn(Guid.NewGuid(), Role.Host);

        var result = await Handler().Handle(new CreatePropertyCommand(TestListings.Body()), CancellationToken.None);

        result.Error.ShouldBe(UserErrors.NotFound);
        Properties.DidNotReceive().Add(Arg.Any<Property>());
        await NothingSaved();
    }
}
