using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Caching;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Pagination;
using AirbnbClone.Application.Properties;
using AirbnbClone.Application.Properties.SearchProperties;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Abstractions;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Properties.Search;

/// <summary>
/// A search through the real pipeline (AddApplication, fake ports): validation, cache and handler all work from the
/// outcome stored in the query when it was created.
/// </summary>
public sealed class SearchParsedOncePipeline : IDisposable
{
    private readonly FakeCache _cache = new();
    private readonly ISqlConnectionFactory _connections = Substitute.For<ISqlConnectionFactory>();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2030, 1, 10, 12, 0, 0, TimeSpan.Zero));
    private readonly ServiceProvider _provider;

    public SearchParsedOncePipeline()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddApplication(null);
        services.AddSingleton<ICacheService>(_cache);
        services.AddSingleton(_connections);
        services.AddSingleton(Substitute.For<ICurrentUser>());
        services.AddSingleton(Substitute.For<IUnitOfWork>());
        services.AddSingleton<TimeProvider>(_clock);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public void Dispose() => _provider.Dispose();

    [Fact]
    public async Task Send_Should_AnswerTheStoredErrorsWithoutCacheOrDatabase_When_TheQueryWasCreatedInvalid()
    {
        var query = SearchPropertiesQuery.Create(new SearchParameters { Guests = "many", CheckIn = "2030-01-01", CheckOut = "2030-01-03" }, _clock);

        var result = await Send(query);

        var errors = result.Error.ShouldBeOfType<ValidationError>().Errors;
        errors.Keys.ShouldBe(query.Errors.Keys, ignoreOrder: true);
        errors["guests"].ShouldBe([query.Errors["guests"]]);
        errors["checkIn"].ShouldBe(["Must not be in the past."]);
        _cache.Reads.ShouldBe(0);
        await _connections.DidNotReceive().OpenConnectionAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Send_Should_ServeThePageStoredUnderTheCriteriaFingerprint_When_TheQueryIsValid()
    {
        var query = SearchPropertiesQuery.Create(new SearchParameters { City = "Lisbon", CheckIn = "2030-01-10", CheckOut = "2030-01-12" }, _clock);
        var key = PropertyCacheKeys.Search(query.Criteria!.Fingerprint());
        var page = new PagedResponse<PropertySummaryResponse>([Summary()], null);
        _cache.Put(key, page, new CacheEntrySettings(PropertyCacheKeys.SearchExpiration, [PropertyCacheKeys.SearchTag]));

        var result = await Send(query);

        result.IsSuccess.ShouldBeTrue();
        result.Value.Items.Single().Title.ShouldBe("Sunny loft");
        await _connections.DidNotReceive().OpenConnectionAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_AnswerTheStoredErrorsWithoutTheDatabase_When_CalledWithoutThePipeline()
    {
        var query = SearchPropertiesQuery.Create(new SearchParameters { Limit = "1000" }, _clock);
        await using var scope = _provider.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<IRequestHandler<SearchPropertiesQuery, Result<PagedResponse<PropertySummaryResponse>>>>();

        var result = await handler.Handle(query, CancellationToken.None);

        result.Error.ShouldBeOfType<ValidationError>().Errors["limit"].ShouldBe(["Must be between 1 and 100."]);
        await _connections.DidNotReceive().OpenConnectionAsync(Arg.Any<CancellationToken>());
    }

    private static PropertySummaryResponse Summary() => new()
    {
        Id = Guid.NewGuid(),
        Title = "Sunny loft",
        City = "Lisbon",
        Country = "PT",
        Latitude = 38.7,
        Longitude = -9.1,
        PricePerNight = 120m,
        Currency = "EUR",
        MaxGuests = 4,
        Bedrooms = 2,
        MinNights = 1,
        MaxNights = 30,
        Amenities = ["wifi"],
        InstantBook = true,
        RatingAverage = 4.8m,
        ReviewCount = 10,
    };

    private async Task<Result<PagedResponse<PropertySummaryResponse>>> Send(SearchPropertiesQuery query)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query);
    }
}
