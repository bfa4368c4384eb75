using AirbnbClone.Domain.Properties;
using AutoMapper;

namespace AirbnbClone.Application.Properties;

/// <summary>
/// Listings as the API shows them: the aggregate (commands) and the read side's row (queries) map alike, by name, so a
/// new listing field needs no line here. The aggregate does not know its host's first name: pass it as
/// <see cref="HostFirstName"/> in the mapping's items (<see cref="MapWithHost"/>).
/// </summary>
internal sealed class PropertyMappingProfile : Profile
{
    public const string HostFirstName = nameof(HostFirstName);

    public PropertyMappingProfile()
    {
        CreateMap<Property, PropertyResponse>()
            .ForMember(r => r.Host, o => o.MapFrom((p, _, _, context) => new HostSummary(p.HostId, (string)context.Items[HostFirstName])))
            .ForMember(r => r.Address, o => o.MapFrom(p => new AddressResponse(p.Street, p.City, p.State, p.Country, p.PostalCode)))
            .ForMember(r => r.CancellationPolicy, o => o.MapFrom(p => p.CancellationPolicy.ToName()))
            .ForMember(r => r.Status, o => o.MapFrom(p => p.Status.ToName()));

        CreateMap<PropertyRow, PropertyResponse>()
            .ForMember(r => r.Host, o => o.MapFrom(p => new HostSummary(p.HostId, p.HostFirstName)))
            .ForMember(r => r.Address, o => o.MapFrom(p => new AddressResponse(p.Street, p.City, p.State, p.Country, p.PostalCode)));

        CreateMap<SearchProperties.SearchRow, PropertySummaryResponse>();

        CreateMap<PropertyBlock, BlockResponse>()
            .ForCtorParam(nameof(BlockResponse.Start), o => o.MapFrom(b => b.StartDate))
            .ForCtorParam(nameof(BlockResponse.End), o => o.MapFrom(b => b.EndDate));
    }

    public static PropertyResponse MapWithHost(IMapper mapper, Property property, string hostFirstName) =>
        mapper.Map<PropertyResponse>(property, o => o.Items[HostFirstName] = hostFirstName);
}
