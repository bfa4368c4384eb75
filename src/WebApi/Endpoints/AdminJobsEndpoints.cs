using AirbnbClone.Application.Abstractions.Pagination;
using AirbnbClone.Application.Jobs;
using AirbnbClone.Application.Jobs.ListJobs;
using AirbnbClone.Application.Jobs.RetryJob;
using AirbnbClone.WebApi.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AirbnbClone.WebApi.Endpoints;

/// <summary>/api/v1/admin/jobs: the background job queue for operators (dead jobs and their retry).</summary>
public static class AdminJobsEndpoints
{
    public static RouteGroupBuilder MapAdminJobsEndpoints(this RouteGroupBuilder api)
    {
        var jobs = api.MapGroup("/admin/jobs").WithTags("Admin: jobs").RequireAuthorization(AuthorizationPolicies.Admin);

        jobs.MapGet("/", List)
            .WithSummary("List background jobs (admin)")
            .WithDescription("Oldest first. `state` is one of pending, running, succeeded, dead (omit it for all); `dead` jobs exhausted their attempts and keep their last error in `lastError`. `limit` 1-100 (default 20); pass `nextCursor` back as `cursor`. Succeeded jobs are deleted after `Jobs:RetentionHours`.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        jobs.MapPost("/{id:guid}/retry", Retry)
            .RequireRateLimiting(RateLimitPolicies.Writes)
            .WithSummary("Retry a dead job (admin)")
            .WithDescription("Puts a dead job back in the queue to run now, with its attempts reset to 0 (its last error stays until it runs again). 404 for an unknown id, 409 `Job.NotDead` when the job is not dead, 409 `Job.DuplicateQueued` when another job with its deduplication key is queued.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return api;
    }

    private static Task<Results<Ok<PagedResponse<JobResponse>>, ProblemResult>> List(
        string? state, int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new ListJobsQuery(state, limit, cursor), cancellationToken).ToOk();

    private static Task<Results<Ok<JobResponse>, ProblemResult>> Retry(
        Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new RetryJobCommand(id), cancellationToken).ToOk();
}
