using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.Users;

public static class UserErrors
{
    public static readonly Error NotFound = Error.NotFound("User.NotFound", "No user with this id exists.");

    public static readonly Error EmailTaken =
        Error.Conflict("User.EmailTaken", "An account with this e-mail address already exists.");

    public static readonly Error AdminNotAllowed =
        Error.Validation("User.AdminNotAllowed", "The admin role cannot be chosen at registration.");

    public static readonly Error InvalidCredentials =
        Error.Unauthorized("Auth.InvalidCredentials", "The e-mail address or password is wrong.");

    public static readonly Error InvalidRefreshToken =
        Error.Unauthorized("Auth.InvalidRefreshToken", "The refresh token is unknown, expired, spent or revoked.");

    public static readonly Error CurrentPasswordWrong =
        Error.Validation("User.CurrentPasswordWrong", "The current password is wrong.");

    public static readonly Error CurrentPasswordRequired =
        Error.Validation("User.CurrentPasswordRequired", "Changing the password needs the current password.");

    public static readonly Error Deleted = Error.Conflict("User.Deleted", "This account has been deleted.");

    public static readonly Error NotAllowed =
        Error.Forbidden("User.NotAllowed", "You may only act on your own account.");

    public static readonly Error InvalidName =
        Error.Validation("User.InvalidName", "First and last name are required, at most 100 characters each.");

    public static readonly Error InvalidPhoneNumber =
        Error.Validation("User.InvalidPhoneNumber", "The phone number must be 6 to 20 digits, optionally starting with '+'.");

    public static readonly Error HasActiveBookings =
        Error.Conflict("User.HasActiveBookings", "The account has future confirmed stays or hosted bookings.");
}
