using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Abstractions.Pagination;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Users;
using AutoMapper;
using Dapper;

namespace AirbnbClone.Application.Jobs.ListJobs;

/// <summary>Background jobs, oldest first, optionally in one state (e.g. <c>dead</c>), for admins.</summary>
public sealed record ListJobsQuery(string? State, int? Limit, string? Cursor) : IQuery<PagedResponse<JobResponse>>, IRequiresRole
{
    public IReadOnlyCollection<Role> AllowedRoles => [Role.Admin];
}

internal sealed class ListJobsQueryHandler(ISqlConnectionFactory connections, IMapper mapper)
    : IQueryHandler<ListJobsQuery, PagedResponse<JobResponse>>
{
    // UUID v7 ids grow with creation time, so the primary key is the keyset. With a state, a literal-free
    // "state = @State" lets the planner use the partial index of dead jobs.
    private const string ByStateSql = $"""
        SELECT {JobSql.Columns}
        FROM jobs
        WHERE state = @State AND id > @After
        ORDER BY id
        LIMIT @Take
        """;

    private const string AllSql = $"""
        SELECT {JobSql.Columns}
        FROM jobs
        WHERE id > @After
        ORDER BY id
        LIMIT @Take
        """;

    public async Task<Result<PagedResponse<JobResponse>>> Handle(ListJobsQuery request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? Cursor.DefaultLimit;
        Cursor.TryDecodeGuid(request.Cursor, out var after);
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<JobRow>(new CommandDefinition(
            request.State is null ? AllSql : ByStateSql,
            new { request.State, After = after, Take = limit + 1 },
            cancellationToken: cancellationToken));
        return Cursor.Page(mapper.Map<List<JobResponse>>(rows), limit, j => j.Id.ToString());
    }
}
