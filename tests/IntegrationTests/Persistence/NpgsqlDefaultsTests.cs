using AirbnbClone.Infrastructure.Persistence;
using Npgsql;

namespace AirbnbClone.IntegrationTests.Persistence;

public sealed class NpgsqlDefaultsTests
{
    [Fact]
    public void Apply_Should_TurnOnAutomaticPreparation_When_TheConnectionStringDoesNotNameIt()
    {
        var applied = new NpgsqlConnectionStringBuilder(NpgsqlDefaults.Apply("Host=db;Database=app;Username=u;Maximum Pool Size=50"));

        applied.MaxAutoPrepare.ShouldBe(20);
        applied.AutoPrepareMinUsages.ShouldBe(2);
        applied.Host.ShouldBe("db");
        applied.MaxPoolSize.ShouldBe(50);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0, 2)]
    [InlineData("Host=db;MaxAutoPrepare=5;Auto Prepare Min Usages=7", 5, 7)]
    public void Apply_Should_KeepTheOperatorsChoice_When_TheConnectionStringNamesIt(string connectionString, int maxAutoPrepare, int minUsages)
    {
        var applied = new NpgsqlConnectionStringBuilder(NpgsqlDefaults.Apply(connectionString));

        applied.MaxAutoPrepare.ShouldBe(maxAutoPrepare);
        applied.AutoPrepareMinUsages.ShouldBe(minUsages);
    }
}
