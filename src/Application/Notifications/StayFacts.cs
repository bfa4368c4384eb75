using System.Text;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Application.Notifications;

/// <summary>The facts of a stay that every booking e-mail repeats, so the reader needs nothing else to act.</summary>
public sealed record StayFacts(Guid BookingId, string PropertyTitle, DateOnly CheckIn, DateOnly CheckOut, int Guests)
{
    public int Nights => CheckOut.DayNumber - CheckIn.DayNumber;
}
