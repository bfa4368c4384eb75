using AirbnbClone.Infrastructure.Persistence;
using Ardalis.Specification;

namespace AirbnbClone.IntegrationTests.Persistence;

/// <summary>Our evaluator of Ardalis specifications: criteria, order and paging applied; unsupported includes refused.</summary>
public sealed class SpecificationEvaluatorTests
{
    private sealed record Item(int Number, Item? Child = null);

    private sealed class EvenDescendingSecondPage : Specification<Item>
    {
        public EvenDescendingSecondPage() => Query.Where(i => i.Number % 2 == 0).OrderByDescending(i => i.Number).Skip(2).Take(2);
    }

    private sealed class NestedInclude : Specification<Item>
    {
        public NestedInclude() => Query.Include(i => i.Child).ThenInclude(c => c!.Child);
    }

    [Fact]
    public void WithSpecification_Should_ApplyCriteriaOrderAndPaging()
    {
        var items = Enumerable.Range(1, 10).Select(n => new Item(n)).AsQueryable();

        items.WithSpecification(new EvenDescendingSecondPage()).Select(i => i.Number).ToList().ShouldBe([6, 4]);
    }

    [Fact]
    public void WithSpecification_Should_RefuseLoudly_When_ASpecAsksForANestedInclude() =>
        Should.Throw<NotSupportedException>(() => Enumerable.Empty<Item>().AsQueryable().WithSpecification(new NestedInclude()))
            .Message.ShouldContain(nameof(NestedInclude));
}
