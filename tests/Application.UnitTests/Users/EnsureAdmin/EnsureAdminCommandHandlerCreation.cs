using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Application.Users;
using AirbnbClone.Application.Users.EnsureAdmin;
using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace AirbnbClone.Application.UnitTests.Users.EnsureAdmin;

public class EnsureAdminCommandHandlerCreation
{
    private readonly IUserRepository _users = Substitute.For<IUserRepository>();
    private readonly IPasswordHasher _passwordHasher = Substitute.For<IPasswordHasher>();
    private readonly IUnitOfWork _unitOfWork = Substitute.For<IUnitOfWork>();
    private readonly FakeTimeProvider _clock = new(TestClock.DefaultStart);
    private readonly EnsureAdminCommandHandler _handler;
    private User? _added;

    public EnsureAdminCommandHandlerCreation()
    {
        _passwordHasher.Hash(Arg.Any<string>()).Returns(call => "hashed:" + call.Arg<string>());
        _users.When(u => u.Add(Arg.Any<User>())).Do(call => _added = call.Arg<User>());
        _handler = new EnsureAdminCommandHandler(_users, _passwordHasher, _unitOfWork, _clock);
    }

    [Fact]
    public async Task Handle_Should_CreateAnAdminAndAnswerTrue_When_NoAccountHasTheEmail()
    {
        var result = await _handler.Handle(new EnsureAdminCommand(" Ops@Example.com ", "operator-passphrase"), CancellationToken.None);

        result.Value.ShouldBeTrue();
        _added.ShouldNotBeNull();
        _added.Role.ShouldBe(Role.Admin);
        _added.Email.Value.ShouldBe("ops@example.com");
        _added.PasswordHash.ShouldBe("hashed:operator-passphrase");
        await _unitOfWork.Received(1).SaveChangesAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_AnswerFalseAndAddNothing_When_TheEmailExists()
    {
        _users.EmailExistsAsync(Arg.Is<Email>(e => e.Value == "ops@example.com"), Arg.Any<CancellationToken>()).Returns(true);

        var result = await _handler.Handle(new EnsureAdminCommand("ops@example.com", "operator-passphrase"), CancellationToken.None);

        result.Value.ShouldBeFalse();
        _users.DidNotReceive().Add(Arg.Any<User>());
        _passwordHasher.DidNotReceive().Hash(Arg.Any<string>());
        await _unitOfWork.DidNotReceive().SaveChangesAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_AnswerFalse_When_AnotherNodeCreatedItConcurrently()
    {
        _unitOfWork.SaveChangesAsync(Arg.Any<CancellationToken>()).Throws(new UniqueConstraintException());

        var result = await _handler.Handle(new EnsureAdminCommand("ops@example.com", "operator-passphrase"), CancellationToken.None);

        result.Value.ShouldBeFalse();
    }

    [Theory]
    [InlineData("ops@example.com", "short", "Password.TooShort")]
    [InlineData("ops@example.com", "the-ops-password", "Password.ContainsEmail")]
    [InlineData("not-an-email", "operator-passphrase", "Email.Invalid")]
    public async Task Handle_Should_FailAndAddNothing_When_ConfigurationIsInvalid(string email, string password, string expectedCode)
    {
        var result = await _handler.Handle(new EnsureAdminCommand(email, password), CancellationToken.None);

        result.Error.Code.ShouldBe(expectedCode);
        _users.DidNotReceive().Add(Arg.Any<User>());
    }
}
