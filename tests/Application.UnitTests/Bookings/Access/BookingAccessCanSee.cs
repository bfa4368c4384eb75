using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Bookings;
using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Bookings.Access;

/// <summary>A booking is visible to its guest, its listing's host and admins; to anyone else it does not exist.</summary>
public class BookingAccessCanSee
{
    private static readonly Guid GuestId = Guid.NewGuid();
    private static readonly Guid HostId = Guid.NewGuid();

    [Fact]
    public void CanSee_Should_BeTrue_When_TheCallerIsTheGuest() => Caller(GuestId, Role.Guest).CanSee(GuestId, HostId).ShouldBeTrue();

    [Fact]
    public void CanSee_Should_BeTrue_When_TheCallerIsTheHost() => Caller(HostId, Role.Host).CanSee(GuestId, HostId).ShouldBeTrue();

    [Fact]
    public void CanSee_Should_BeTrue_When_TheCallerIsAnAdmin() => Caller(Guid.NewGuid(), Role.Admin).CanSee(GuestId, HostId).ShouldBeTrue();

    [Theory]
    [InlineData(Role.Guest)]
    [InlineData(Role.Host)]
    public void CanSee_Should_BeFalse_When_TheCallerIsAnotherUser(Role role) =>
        Caller(Guid.NewGuid(), role).CanSee(GuestId, HostId).ShouldBeFalse();

    [Fact]
    public void CanSee_Should_BeFalseWithoutReadingTheUserId_When_TheCallerIsAnonymous()
    {
        var anonymous = Substitute.For<ICurrentUser>();
        anonymous.IsAuthenticated.Returns(false);
        anonymous.UserId.Returns(_ => throw new InvalidOperationException("anonymous"));
        anonymous.Role.Returns(Role.Admin);

        anonymous.CanSee(GuestId, HostId).ShouldBeFalse();
    }

    [Theory]
    [InlineData(Role.Admin, true)]
    [InlineData(Role.Host, false)]
    [InlineData(Role.Guest, false)]
    public void IsAdmin_Should_OnlyHoldForTheAdminRole_When_Asked(Role role, bool expected) =>
        Caller(Guid.NewGuid(), role).IsAdmin().ShouldBe(expected);

    private static ICurrentUser Caller(Guid userId, Role role)
    {
        var caller = Substitute.For<ICurrentUser>();
        caller.IsAuthenticated.Returns(true);
        caller.UserId.Returns(userId);
        caller.Role.Returns(role);
        return caller;
    }
}
