using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Behaviors;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Behaviors;

public class AuthorizationBehaviorRoles
{
    private readonly ICurrentUser _currentUser = Substitute.For<ICurrentUser>();

    [Fact]
    public async Task Handle_Should_ReturnUnauthorizedWithoutCallingNext_When_CallerIsAnonymous()
    {
        _currentUser.IsAuthenticated.Returns(false);
        var behavior = new AuthorizationBehavior<TestAdminQuery, Result<string>>(_currentUser);
        var next = new Next<Result<string>>("secret");

        var result = await behavior.Handle(new TestAdminQuery(), CancellationToken.None, next.Delegate);

        result.Error.ShouldBe(AuthorizationBehavior<TestAdminQuery, Result<string>>.NotAuthenticated);
        result.Error.Type.ShouldBe(ErrorType.Unauthorized);
        next.WasCalled.ShouldBeFalse();
    }

    [Theory]
    [InlineData(Role.Guest)]
    [InlineData(Role.Host)]
    public async Task Handle_Should_ReturnForbiddenWithoutCallingNext_When_RoleIsNotAllowed(Role role)
    {
        SignIn(role);
        var behavior = new AuthorizationBehavior<TestAdminQuery, Result<string>>(_currentUser);
        var next = new Next<Result<string>>("secret");

        var result = await behavior.Handle(new TestAdminQuery(), CancellationToken.None, next.Delegate);

        result.Error.ShouldBe(AuthorizationBehavior<TestAdminQuery, Result<string>>.RoleNotAllowed);
        result.Error.Type.ShouldBe(ErrorType.Forbidden);
        next.WasCalled.ShouldBeFalse();
    }

    [Fact]
    public async Task Handle_Should_CallNext_When_RoleIsAllowed()
    {
        SignIn(Role.Admin);
        var behavior = new AuthorizationBehavior<TestAdminQuery, Result<string>>(_currentUser);
        var next = new Next<Result<string>>("secret");

        var result = await behavior.Handle(new TestAdminQuery(), CancellationToken.None, next.Delegate);

        result.Value.ShouldBe("secret");
        next.Calls.ShouldBe(1);
    }

    [Theory]
    [InlineData(Role.Guest, false)]
    [InlineData(Role.Host, true)]
    [InlineData(Role.Admin, true)]
    public async Task Handle_Should_AllowAnyListedRole_When_SeveralRolesAreAllowed(Role role, bool allowed)
    {
        SignIn(role);
        var behavior = new AuthorizationBehavior<TestHostOrAdminCommand, Result>(_currentUser);
        var next = new Next<Result>(Result.Success());

        var result = await behavior.Handle(new TestHostOrAdminCommand(), CancellationToken.None, next.Delegate);

        result.IsSuccess.ShouldBe(allowed);
        next.WasCalled.ShouldBe(allowed);
    }

    [Fact]
    public async Task Handle_Should_CallNextWithoutAskingWhoCalls_When_RequestDoesNotRequireARole()
    {
        _currentUser.IsAuthenticated.Returns(false);
        var behavior = new AuthorizationBehavior<TestCommand, Result<int>>(_currentUser);
        var next = new Next<Result<int>>(1);

        var result = await behavior.Handle(new TestCommand(), CancellationToken.None, next.Delegate);

        result.Value.ShouldBe(1);
        next.Calls.ShouldBe(1);
        _currentUser.ReceivedCalls().ShouldBeEmpty();
    }

    private void SignIn(Role role)
    {
        _currentUser.IsAuthenticated.Returns(true);
        _currentUser.UserId.Returns(Guid.NewGuid());
        _currentUser.Role.Returns(role);
    }
}
