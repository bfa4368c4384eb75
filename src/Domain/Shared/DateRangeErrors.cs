using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.Shared;

public static class DateRangeErrors
{
    public static readonly Error EndNotAfterStart =
        Error.Validation("DateRange.EndNotAfterStart", "The end date must be after the start date.");
}
