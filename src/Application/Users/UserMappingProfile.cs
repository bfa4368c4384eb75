using AirbnbClone.Domain.Users;
using AutoMapper;

namespace AirbnbClone.Application.Users;

/// <summary>Maps the write-side aggregate to the response commands return.</summary>
internal sealed class UserMappingProfile : Profile
{
    public UserMappingProfile() =>
        CreateMap<User, UserResponse>()
            .ForMember(r => r.Email, o => o.MapFrom(u => u.Email.Value))
            .ForMember(r => r.Role, o => o.MapFrom(u => u.Role.ToName()));
}
