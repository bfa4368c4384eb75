using System.Data.Common;
using Npgsql;

namespace AirbnbClone.Infrastructure.Persistence;

/// <summary>
/// Connection settings the product applies unless the connection string names them: Npgsql automatic preparation
/// (<c>Max Auto Prepare=20;Auto Prepare Min Usages=2</c>). Our statements are short and repeated; PostgreSQL spends
/// more time planning them (~0.23 ms for the listing details) than running them (~0.05 ms), and a prepared statement
/// is planned once per connection. <c>Max Auto Prepare=0</c> in the connection string turns it off.
/// </summary>
internal static class NpgsqlDefaults
{
    public const int MaxAutoPrepare = 20;
    public const int AutoPrepareMinUsages = 2;

    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        if (!given.ContainsKey("Auto Prepare Min Usages") && !given.ContainsKey("AutoPrepareMinUsages"))
        {
            builder.AutoPrepareMinUsages = AutoPrepareMinUsages;
        }

        return builder.ConnectionString;
    }

    /// <summary>A data source for <paramref name="connectionString"/> with these defaults.</summary>
    public static NpgsqlDataSource Build(string connectionString) => new NpgsqlDataSourceBuilder(Apply(connectionString)).Build();
}
