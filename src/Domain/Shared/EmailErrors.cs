using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.Shared;

public static class EmailErrors
{
    public static readonly Error Empty = Error.Validation("Email.Empty", "An e-mail address is required.");

    public static readonly Error Invalid = Error.Validation("Email.Invalid", "The e-mail address is not valid.");
}
