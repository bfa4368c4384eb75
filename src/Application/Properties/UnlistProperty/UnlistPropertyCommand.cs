using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Properties.UnlistProperty;

/// <summary>
/// DELETE /properties/{id}: unlists the home (the row stays for past bookings and reviews). The owner host or an
/// admin; refused while confirmed bookings have not checked out yet. Idempotent.
/// </summary>
public sealed record UnlistPropertyCommand(Guid PropertyId) : ICommand, IRequiresRole
{
    public IReadOnlyCollection<Role> AllowedRoles => PropertyAccess.ManagingRoles;
}
