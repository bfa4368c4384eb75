using System.Data;
using System.Data.Common;
using AirbnbClone.Application.Abstractions.Data;
using Dapper;
using Npgsql;

namespace AirbnbClone.Infrastructure.Persistence;

/// <summary>Queries read through the replica's data source when one is configured, else the primary's.</summary>
internal sealed class SqlConnectionFactory(NpgsqlDataSource readDataSource) : ISqlConnectionFactory
{
    public async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await readDataSource.OpenConnectionAsync(cancellationToken);
}

/// <summary>Npgsql hands timestamptz to Dapper as a UTC DateTime; responses use DateTimeOffset.</summary>
internal sealed class DateTimeOffsetHandler : SqlMapper.TypeHandler<DateTimeOffset>
{
    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value) => parameter.Value = value;

    public override DateTimeOffset Parse(object value) => value switch
    {
        DateTimeOffset offset => offset,
        DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
        _ => throw new DataException($"Cannot read {value.GetType().Name} as DateTimeOffset."),
    };
}
