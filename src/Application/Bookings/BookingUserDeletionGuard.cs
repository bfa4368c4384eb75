using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Users.DeleteUser;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Users;
using Dapper;

namespace AirbnbClone.Application.Bookings;

/// <summary>An account with a future confirmed stay, or hosting a pending or confirmed future booking, cannot be deleted.</summary>
internal sealed class BookingUserDeletionGuard(ISqlConnectionFactory connections, TimeProvider clock) : IUserDeletionGuard
{
    private const string Sql = """
        SELECT EXISTS (
            SELECT 1 FROM bookings b
            WHERE b.guest_id = @UserId AND b.status = 'confirmed' AND b.check_out > @Today::date)
        OR EXISTS (
            SELECT 1 FROM bookings b JOIN properties p ON p.id = b.property_id
            WHERE p.host_id = @UserId AND b.status IN ('pending', 'confirmed') AND b.check_out > @Today::date)
        """;

    public async Task<Result> CanDeleteAsync(Guid userId, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToDateTime(TimeOnly.MinValue);
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var active = await connection.ExecuteScalarAsync<bool>(
            new CommandDefinition(Sql, new { UserId = userId, Today = today }, cancellationToken: cancellationToken));
        return active ? UserErrors.HasActiveBookings : Result.Success();
    }
}
