using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;
using Ardalis.Specification;

namespace AirbnbClone.Application.Users.Specifications;

/// <summary>The account holding an e-mail address (normalised by <see cref="Email"/>; deleted accounts hold a scrubbed one).</summary>
public sealed class UserByEmailSpec : SingleResultSpecification<User>
{
    public UserByEmailSpec(Email email) => Query.Where(u => u.Email == email);
}
