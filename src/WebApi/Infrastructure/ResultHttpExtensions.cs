using AirbnbClone.Domain.Abstractions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AirbnbClone.WebApi.Infrastructure;

/// <summary>The usual endpoint shapes: a result becomes a typed success or a problem, in one line.</summary>
public static class ResultHttpExtensions
{
    public static async Task<Results<Ok<T>, ProblemResult>> ToOk<T>(this Task<Result<T>> pending)
    {
        var result = await pending;
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.ToProblem();
    }

    public static async Task<Results<NoContent, ProblemResult>> ToNoContent(this Task<Result> pending)
    {
        var result = await pending;
        return result.IsSuccess ? TypedResults.NoContent() : result.ToProblem();
    }

    public static async Task<Results<Created<T>, ProblemResult>> ToCreated<T>(this Task<Result<T>> pending, Func<T, string> location)
    {
        var result = await pending;
        return result.IsSuccess ? TypedResults.Created(location(result.Value), result.Value) : result.ToProblem();
    }
}
