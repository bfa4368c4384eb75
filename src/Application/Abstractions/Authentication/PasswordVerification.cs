using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Abstractions.Authentication;

public enum PasswordVerification
{
    Failed = 0,
    Success = 1,
    SuccessRehashNeeded = 2,
}
