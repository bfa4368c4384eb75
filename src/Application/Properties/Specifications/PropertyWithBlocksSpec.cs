using AirbnbClone.Domain.Properties;
using Ardalis.Specification;

namespace AirbnbClone.Application.Properties.Specifications;

/// <summary>One listing with its host blocks, the shape every calendar rule needs; untracked for reads (quotes).</summary>
public sealed class PropertyWithBlocksSpec : SingleResultSpecification<Property>
{
    public PropertyWithBlocksSpec(Guid propertyId, bool tracked = true)
    {
        Query.Where(p => p.Id == propertyId).Include(p => p.Blocks);
        if (!tracked)
        {
            Query.AsNoTracking();
        }
    }
}
