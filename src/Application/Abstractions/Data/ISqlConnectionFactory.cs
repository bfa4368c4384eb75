using System.Data.Common;

namespace AirbnbClone.Application.Abstractions.Data;

/// <summary>Opens connections for queries (Dapper); uses the read replica when one is configured.</summary>
public interface ISqlConnectionFactory
{
    ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);
}
