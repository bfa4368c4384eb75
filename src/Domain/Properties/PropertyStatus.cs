namespace AirbnbClone.Domain.Properties;

/// <summary>Whether a listing can be found and booked.</summary>
public enum PropertyStatus
{
    Listed = 0,
    Unlisted = 1,
}
