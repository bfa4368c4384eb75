namespace AirbnbClone.Domain.Bookings;

public static class BookingStatusNames
{
    public const string Pending = "pending";
    public const string Confirmed = "confirmed";
    public const string Declined = "declined";
    public const string Expired = "expired";
    public const string Cancelled = "cancelled";
    public const string Completed = "completed";

    public static string ToName(this BookingStatus status) => status switch
    {
        BookingStatus.Pending => Pending,
        BookingStatus.Confirmed => Confirmed,
        BookingStatus.Declined => Declined,
        BookingStatus.Expired => Expired,
        BookingStatus.Cancelled => Cancelled,
        BookingStatus.Completed => Completed,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown booking status."),
    };

    public static bool TryParse(string? name, out BookingStatus status)
    {
        switch (name)
        {
            case Pending: status = BookingStatus.Pending; return true;
            case Confirmed: status = BookingStatus.Confirmed; return true;
            case Declined: status = BookingStatus.Declined; return true;
            case Expired: status = BookingStatus.Expired; return true;
            case Cancelled: status = BookingStatus.Cancelled; return true;
            case Completed: status = BookingStatus.Completed; return true;
            default: status = BookingStatus.Pending; return false;
        }
    }

    /// <summary>Pending and confirmed bookings hold their nights; the exclusion constraint covers exactly these.</summary>
    public static bool IsActive(this BookingStatus status) => status is BookingStatus.Pending or BookingStatus.Confirmed;
}
