using AirbnbClone.Application.Properties.PatchProperty;

namespace AirbnbClone.Application.UnitTests.Properties.Handlers.PatchProperty;

public abstract class PatchPropertyCommandHandlerTestBase : PropertyHandlerTestBase
{
    private protected PatchPropertyCommandHandler Handler() => new(Properties, Bookings, Users, CurrentUser, UnitOfWork, Mapper, Preconditions, Clock);
}
