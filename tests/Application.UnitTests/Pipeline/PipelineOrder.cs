using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Caching;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Application.Users;
using AirbnbClone.Application.Users.ListUsers;
using AirbnbClone.Application.Users.RegisterUser;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Pipeline;

/// <summary>The real registrations of AddApplication with fake ports: proves the order the behaviours run in.</summary>
public sealed class PipelineOrder : IDisposable
{
    private readonly IUnitOfWork _unitOfWork = Substitute.For<IUnitOfWork>();
    private readonly FakeCache _cache = new();
    private readonly ICurrentUser _currentUser = Substitute.For<ICurrentUser>();
    private readonly IUserRepository _users = Substitute.For<IUserRepository>();
    private readonly IPasswordHasher _passwordHasher = Substitute.For<IPasswordHasher>();
    private readonly ISqlConnectionFactory _connections = Substitute.For<ISqlConnectionFactory>();
    private readonly TestCachedAdminQueryHandler _cachedAdminHandler = new();
    private readonly ServiceProvider _provider;

    public PipelineOrder()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddApplication(null);
        services.AddSingleton(_unitOfWork);
        services.AddSingleton<ICacheService>(_cache);
        services.AddSingleton(_currentUser);
        services.AddSingleton(_users);
        services.AddSingleton(Substitute.For<IRefreshTokenRepository>());
        services.AddSingleton(_passwordHasher);
        services.AddSingleton(Substitute.For<ITokenService>());
        services.AddSingleton(Substitute.For<ILoginThrottle>());
        services.AddSingleton(Substitute.For<AirbnbClone.Application.Abstractions.Jobs.IJobQueue>());
        services.AddSingleton(_connections);
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(TestClock.DefaultStart));
        services.AddSingleton<IRequestHandler<TestCachedAdminQuery, Result<TestDto>>>(_cachedAdminHandler);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        _unitOfWork.BeginTransactionAsync(Arg.Any<CancellationToken>()).Returns(Substitute.For<IAsyncDisposable>());
        _passwordHasher.Hash(Arg.Any<string>()).Returns("hashed");
    }

    public void Dispose() => _provider.Dispose();

    [Fact]
    public async Task Send_Should_OpenATransactionAndReachTheHandler_When_RegisterUserCommandIsValid()
    {
        var result = await Send(new RegisterUserCommand("new@example.com", "a-long-passphrase", "New", "User"));

        result.IsSuccess.ShouldBeTrue();
        _users.Received(1).Add(Arg.Any<User>());
        await _unitOfWork.Received(1).BeginTransactionAsync(Arg.Any<CancellationToken>());
        await _unitOfWork.Received(1).CommitTransactionAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Send_Should_FailValidationBeforeOpeningATransactionOrReachingTheHandler_When_CommandIsInvalid()
    {
        var result = await Send(new RegisterUserCommand("not-an-email", "short", string.Empty, "User"));

        result.Error.ShouldBeOfType<ValidationError>().Errors.Keys.ShouldBe(["email", "password", "firstName"], ignoreOrder: true);
        await _unitOfWork.DidNotReceive().BeginTransactionAsync(Arg.Any<CancellationToken>());
        await _users.DidNotReceive().EmailExistsAsync(Arg.Any<Email>(), Arg.Any<CancellationToken>());
        _passwordHasher.DidNotReceive().Hash(Arg.Any<string>());
        _users.DidNotReceive().Add(Arg.Any<User>());
    }

    [Fact]
    public async Task Send_Should_RefuseAGuestWithoutConsultingTheCacheOrTheDatabase_When_ListingUsers()
    {
        SignIn(Role.Guest);

        var result = await Send(new ListUsersQuery(10, null));

        result.Error.Type.ShouldBe(ErrorType.Forbidden);
        _cache.Reads.ShouldBe(0);
        await _connections.DidNotReceive().OpenConnectionAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Send_Should_AuthorizeBeforeServingFromTheCache_When_AGuestSendsACachedAdminQuery()
    {
        SignIn(Role.Guest);
        _cache.Put("test:admin-only", new TestDto("cached", 42), new CacheEntrySettings(TimeSpan.FromMinutes(1), []));

        var result = await Send(new TestCachedAdminQuery());

        result.Error.Type.ShouldBe(ErrorType.Forbidden);
        _cache.Reads.ShouldBe(0);
        _cachedAdminHandler.Calls.ShouldBe(0);
    }

    [Fact]
    public async Task Send_Should_ServeTheCachedAnswer_When_AnAdminSendsACachedAdminQuery()
    {
        SignIn(Role.Admin);
        _cache.Put("test:admin-only", new TestDto("cached", 42), new CacheEntrySettings(TimeSpan.FromMinutes(1), []));

        var result = await Send(new TestCachedAdminQuery());

        result.Value.Count.ShouldBe(42);
        _cachedAdminHandler.Calls.ShouldBe(0);
    }

    [Fact]
    public async Task Send_Should_ValidateBeforeAuthorizing_When_AnAnonymousCallerSendsAnInvalidQuery()
    {
        _currentUser.IsAuthenticated.Returns(false);

        var result = await Send(new ListUsersQuery(0, null));

        result.Error.ShouldBeOfType<ValidationError>().Errors.Keys.ShouldBe(["limit"]);
    }

    private async Task<TResponse> Send<TResponse>(IRequest<TResponse> request)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    private void SignIn(Role role)
    {
        _currentUser.IsAuthenticated.Returns(true);
        _currentUser.UserId.Returns(Guid.NewGuid());
        _currentUser.Role.Returns(role);
    }

    private sealed class TestCachedAdminQueryHandler : IQueryHandler<TestCachedAdminQuery, TestDto>
    {
        public int Calls { get; private set; }

        public Task<Result<TestDto>> Handle(TestCachedAdminQuery request, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult<Result<TestDto>>(new TestDto("fresh", 1));
        }
    }
}
