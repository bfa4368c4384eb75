namespace AirbnbClone.Application.Users;

/// <summary>The column list every user query selects, aliased to <see cref="UserResponse"/>.</summary>
internal static class UserSql
{
    public const string Columns = """
        id AS Id, email AS Email, first_name AS FirstName, last_name AS LastName,
        phone_number AS PhoneNumber, role AS Role, created_at AS CreatedAt
        """;
}
