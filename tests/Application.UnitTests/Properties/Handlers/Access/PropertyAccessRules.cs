using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Properties;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Properties.Handlers.Access;

/// <summary>Who may see and manage a listing; a listing one may not see is 404, a listed one one may not manage is 403.</summary>
public class PropertyAccessRules
{
    private static readonly Guid HostId = Guid.NewGuid();

    [Fact]
    public void CanManage_Should_BeTrue_When_TheCallerIsTheHost() => Caller(HostId, Role.Host).CanManage(HostId).ShouldBeTrue();

    [Fact]
    public void CanManage_Should_BeTrue_When_TheCallerIsAnAdminAndAdminsMayManage() =>
        Caller(Guid.NewGuid(), Role.Admin).CanManage(HostId).ShouldBeTrue();

    [Fact]
    public void CanManage_Should_BeFalse_When_TheCallerIsAnAdminAndTheActionIsTheHostsAlone() =>
        Caller(Guid.NewGuid(), Role.Admin).CanManage(HostId, adminMayManage: false).ShouldBeFalse();

    [Fact]
    public void CanManage_Should_StayTrueForTheHost_When_TheActionIsTheHostsAlone() =>
        Caller(HostId, Role.Host).CanManage(HostId, adminMayManage: false).ShouldBeTrue();

    [Theory]
    [InlineData(Role.Host)]
    [InlineData(Role.Guest)]
    public void CanManage_Should_BeFalse_When_TheCallerIsAnotherUser(Role role) =>
        Caller(Guid.NewGuid(), role).CanManage(HostId).ShouldBeFalse();

    [Fact]
    public void CanManage_Should_BeFalse_When_TheCallerIsAnonymous() => Anonymous().CanManage(HostId).ShouldBeFalse();

    [Fact]
    public void CanSee_Should_BeTrue_When_TheListingIsListedEvenForAnonymousCallers() =>
        Anonymous().CanSee(HostId, PropertyStatus.Listed).ShouldBeTrue();

    [Fact]
    public void CanSee_Should_BeFalse_When_AnAnonymousCallerAsksForAnUnlistedListing() =>
        Anonymous().CanSee(HostId, PropertyStatus.Unlisted).ShouldBeFalse();

    [Theory]
    [InlineData(Role.Guest)]
    [InlineData(Role.Host)]
    public void CanSee_Should_BeFalse_When_AnotherUserAsksForAnUnlistedListing(Role role) =>
        Caller(Guid.NewGuid(), role).CanSee(HostId, PropertyStatus.Unlisted).ShouldBeFalse();

    [Fact]
    public void CanSee_Should_BeTrue_When_TheHostAsksForTheirUnlistedListing() =>
        Caller(HostId, Role.Host).CanSee(HostId, PropertyStatus.Unlisted).ShouldBeTrue();

    [Fact]
    public void CanSee_Should_BeTrue_When_AnAdminAsksForAnUnlistedListing() =>
        Caller(Guid.NewGuid(), Role.Admin).CanSee(HostId, PropertyStatus.Unlisted).ShouldBeTrue();

    [Fact]
    public void CheckManage_Should_BeNotFound_When_TheListingIsMissing() =>
        PropertyAccess.CheckManage(null, Caller(HostId, Role.Host)).ShouldBe(PropertyErrors.NotFound);

    [Fact]
    public void CheckManage_Should_BeNull_When_TheHostManagesTheirListing() =>
        PropertyAccess.CheckManage(TestListings.Listing(HostId), Caller(HostId, Role.Host)).ShouldBeNull();

    [Fact]
    public void CheckManage_Should_BeNull_When_AnAdminManagesAnUnlistedListing() =>
        PropertyAccess.CheckManage(TestListings.Unlisted(HostId), Caller(Guid.NewGuid(), Role.Admin)).ShouldBeNull();

    [Fact]
    public void CheckManage_Should_BeForbiddenNotOwner_When_AnotherUserTargetsAListedListing()
    {
        var error = PropertyAccess.CheckManage(TestListings.Listing(HostId), Caller(Guid.NewGuid(), Role.Host));

        error.ShouldBe(PropertyErrors.NotOwner);
        error!.Type.ShouldBe(ErrorType.Forbidden);
    }

    [Fact]
    public void CheckManage_Should_BeNotFound_When_AnotherUserTargetsAnUnlistedListing()
    {
        var error = PropertyAccess.CheckManage(TestListings.Unlisted(HostId), Caller(Guid.NewGuid(), Role.Host));

        error.ShouldBe(PropertyErrors.NotFound);
        error!.Type.ShouldBe(ErrorType.NotFound);
    }

    [Fact]
    public void CheckManage_Should_BeNotOwner_When_AnAdminTakesAHostOnlyActionOnAListedListing() =>
        PropertyAccess.CheckManage(TestListings.Listing(HostId), Caller(Guid.NewGuid(), Role.Admin), adminMayManage: false)
            .ShouldBe(PropertyErrors.NotOwner);

    [Fact]
    public void CheckManage_Should_BeNotOwner_When_AnAnonymousCallerTargetsAListedListing() =>
        PropertyAccess.CheckManage(TestListings.Listing(HostId), Anonymous()).ShouldBe(PropertyErrors.NotOwner);

    private static ICurrentUser Caller(Guid userId, Role role)
    {
        var caller = Substitute.For<ICurrentUser>();
        caller.IsAuthenticated.Returns(true);
        caller.UserId.Returns(userId);
        caller.Role.Returns(role);
        return caller;
    }

    private static ICurrentUser Anonymous()
    {
        var caller = Substitute.For<ICurrentUser>();
        caller.IsAuthenticated.Returns(false);
        caller.UserId.Returns(_ => throw new InvalidOperationException("anonymous"));
        caller.Role.Returns(Role.Guest);
        return caller;
    }
}
