using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Bench.Jobs;

internal sealed class NoUser : ICurrentUser
{
    public bool IsAuthenticated => false;

    public Guid UserId => throw new InvalidOperationException("No user in the benchmark.");

    public Role Role => Role.Guest;
}
