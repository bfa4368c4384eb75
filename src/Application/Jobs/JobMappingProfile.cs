using System.Text.Json;
using AutoMapper;

namespace AirbnbClone.Application.Jobs;

/// <summary>Jobs as operators see them: the row's payload text becomes the JSON it holds.</summary>
internal sealed class JobMappingProfile : Profile
{
    public JobMappingProfile() =>
        CreateMap<JobRow, JobResponse>()
            .ForCtorParam(nameof(JobResponse.Payload), o => o.MapFrom(r => ParsePayload(r.Payload)));

    private static JsonElement ParsePayload(string payload)
    {
        using var document = JsonDocument.Parse(payload);
        return document.RootElement.Clone();
    }
}
