using System.Linq.Expressions;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace AirbnbClone.Infrastructure.Persistence;

/// <summary>
/// Turns an Ardalis specification into an EF Core query: criteria, order and paging by the package's own evaluators,
/// includes and tracking here (Ardalis.Specification.EntityFrameworkCore is not served for EF Core 10: docs/adr/0009).
/// Only direct navigations are supported as includes; a spec asking for more fails loudly.
/// </summary>
internal static class SpecificationEvaluator
{
    public static IQueryable<T> WithSpecification<T>(this IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(specification);
        query = WhereEvaluator.Instance.GetQuery(query, specification);
        foreach (var include in specification.IncludeExpressions)
        {
            if (include.Type != IncludeTypeEnum.Include || include.LambdaExpression.Body is not MemberExpression member)
            {
                throw new NotSupportedException($"{specification.GetType().Name}: only Include(x => x.Navigation) is supported.");
            }

            query = query.Include(member.Member.Name);
        }

        query = OrderEvaluator.Instance.GetQuery(query, specification);
        query = PaginationEvaluator.Instance.GetQuery(query, specification);
        return specification.AsNoTracking ? query.AsNoTracking() : query;
    }
}
