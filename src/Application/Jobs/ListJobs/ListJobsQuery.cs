using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Abstractions.Pagination;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Jobs.ListJobs;

/// <summary>Background jobs, oldest first, optionally in one state (e.g. <c>dead</c>), for admins.</summary>
public sealed record ListJobsQuery(string? State, int? Limit, string? Cursor) : IQuery<PagedResponse<JobResponse>>, IRequiresRole
{
    public IReadOnlyCollection<Role> AllowedRoles => [Role.Admin];
}
